using UprGraph.Resolution;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Resolution;

public class FootnoteSourcesTests
{
    private static readonly Dictionary<int, string> s_notes = new()
    {
        [7] = "HRW, p. 5; AI, p. 3.",
        [8] = "Ibid., para. 4.",
        [9] = "Ombudsman, p. 2. See also JS2, p. 7.",
        [10] = "CoE-GREVIO, p. 5, para. 12 and JS2, para.2.",
        [11] = "For relevant recommendations see A/HRC/35/12.",
        [12] = "ADHR/J4, p. 3.",
    };

    private static List<string?> Sources(int footnote)
    {
        var registry = new StakeholderRegistry(Annexes.Symbol, "Armenia", Annexes.Armenia(s_notes));
        return FootnoteSources.Of(footnote, s_notes, registry).Select(s => s.Abbreviation).ToList();
    }

    [Fact]
    public void Reads_each_stakeholder_a_footnote_cites()
    {
        // Act
        var sources = Sources(7);

        // Assert
        Assert.Equal(["HRW", "AI"], sources);
    }

    [Fact]
    public void Takes_the_sources_of_the_note_before_for_ibid()
    {
        // Act
        var sources = Sources(8);

        // Assert
        Assert.Equal(["HRW", "AI"], sources);
    }

    [Fact]
    public void Leaves_out_what_see_also_adds()
    {
        // Act
        var sources = Sources(9);

        // Assert
        Assert.Equal(["Ombudsman/HRDO"], sources);
    }

    [Fact]
    public void Splits_sources_joined_by_and()
    {
        // Act
        var sources = Sources(10);

        // Assert
        Assert.Equal(["CoE-GREVIO", "JS2"], sources);
    }

    [Fact]
    public void Finds_no_source_in_a_note_that_cites_none()
    {
        // Act
        var sources = Sources(11);

        // Assert
        Assert.Empty(sources);
    }

    [Fact]
    public void Forgives_a_slip_in_the_abbreviation()
    {
        // Act
        var sources = Sources(12);

        // Assert
        Assert.Equal(["ADHR/JS4"], sources);
    }
}
