using UprGraph.Model;
using UprGraph.Resolution;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Resolution;

public class StakeholderRegistryTests
{
    private static StakeholderRegistry Listed() => new(Annexes.Symbol, "Armenia", Annexes.Armenia());

    private static StakeholderRegistry Unlisted(string symbol = Annexes.Symbol) => new(symbol, "Armenia", null);

    [Theory]
    [InlineData("Ombudsman")]
    [InlineData("HRDO")]
    [InlineData("Ombudsman/HRDO")]
    [InlineData("the Human Rights Defender of the Republic of Armenia")]
    public void Finds_an_annex_stakeholder_by_each_part_of_its_abbreviation_and_by_its_name(string name)
    {
        // Act
        var stakeholder = Listed().Resolve(name);

        // Assert
        Assert.NotNull(stakeholder);
        Assert.Equal(("Human Rights Defender of the Republic of Armenia", StakeholderCategory.Nhri), (stakeholder.Name, stakeholder.Category));
    }

    [Theory]
    [InlineData("CoE-GREVO", "CoE-GREVIO")]
    [InlineData("ADHR/J4", "ADHR/JS4")]
    public void Forgives_a_one_letter_slip_in_a_long_abbreviation(string written, string listed)
    {
        // Act
        var stakeholder = Listed().FindListed(written);

        // Assert
        Assert.Equal(listed, stakeholder?.Abbreviation);
    }

    [Fact]
    public void Does_not_take_a_name_the_annex_does_not_list_as_a_speaker()
    {
        // Act
        var stakeholder = Listed().Resolve("Open Society Foundations");

        // Assert
        Assert.Null(stakeholder);
    }

    [Fact]
    public void Gives_a_joint_submission_an_id_of_its_document()
    {
        // Act
        var first = Unlisted("A/HRC/WG.6/35/ARM/3").Resolve("JS2");
        var second = Unlisted("A/HRC/WG.6/49/ARM/3").Resolve("JS2");

        // Assert
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(StakeholderCategory.JointSubmission, first.Category);
    }

    [Fact]
    public void Knows_a_joint_submission_by_its_number_and_its_abbreviation()
    {
        // Arrange
        var registry = Unlisted();

        // Act
        var written = registry.Resolve("Joint Submission 5");
        var abbreviated = registry.Resolve("JS5");

        // Assert
        Assert.Same(written, abbreviated);
    }

    [Fact]
    public void Gives_an_organisation_the_same_id_in_every_document()
    {
        // Act
        var first = Unlisted("A/HRC/WG.6/35/ARM/3").Define("Human Rights Watch", "HRW");
        var second = Listed().Resolve("HRW");

        // Assert
        Assert.Equal(first.Id, second?.Id);
    }

    [Fact]
    public void Resolves_an_abbreviation_to_the_name_defined_earlier()
    {
        // Arrange
        var registry = Unlisted();
        var defined = registry.Define("Article 19", "A19");

        // Act
        var later = registry.Resolve("A19");

        // Assert
        Assert.Same(defined, later);
        Assert.Equal(("Article 19", "A19"), (defined.Name, defined.Abbreviation));
    }

    [Theory]
    [InlineData("Forum 18", StakeholderCategory.Ngo)]
    [InlineData("Kok team", StakeholderCategory.Ngo)]
    [InlineData("OSCE/ODIHR", StakeholderCategory.Intergovernmental)]
    public void Takes_an_organisation_named_without_a_definition_when_there_is_no_annex(string name, string category)
    {
        // Act
        var stakeholder = Unlisted().Resolve(name);

        // Assert
        Assert.NotNull(stakeholder);
        Assert.Equal(category, stakeholder.Category);
    }

    [Theory]
    [InlineData("Armenia")]
    [InlineData("the number of complaints")]
    [InlineData("Many journalists")]
    public void Does_not_take_a_phrase_that_names_no_organisation(string name)
    {
        // Act
        var stakeholder = Unlisted().Resolve(name);

        // Assert
        Assert.Null(stakeholder);
    }
}
