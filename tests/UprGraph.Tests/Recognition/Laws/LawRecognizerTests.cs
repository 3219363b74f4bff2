using System.Globalization;
using UprGraph.Recognition;
using UprGraph.Recognition.Laws;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Recognition.Laws;

public class LawRecognizerTests
{
    public static TheoryData<int, string, string> Cases => SpecFile.Cases("Recognition/Laws/Specs/laws.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_named_acts(int line, string sentence, string expected)
    {
        // Act
        var mentions = new LawRecognizer().Recognize(sentence);

        // Assert
        Assert.True(expected == Describe(mentions), $"line {line}: {sentence}\n  expected: {expected}\n  actual:   {Describe(mentions)}");
    }

    [Fact]
    public void Gives_the_span_of_an_act_with_its_year()
    {
        // Arrange
        const string sentence = "JS4 noted that article 130 of the 2015 Penal Code was vague.";

        // Act
        var mention = Assert.Single(new LawRecognizer().Recognize(sentence));

        // Assert
        Assert.Equal("2015 Penal Code", sentence.Substring(mention.Offset, mention.Length));
    }

    [Fact]
    public void Lists_the_variants_of_a_name_with_its_year_as_aliases()
    {
        // Act
        var mention = Assert.Single(new LawRecognizer().Recognize("The Labour Code of 2012 allowed night work for minors."));

        // Assert
        Assert.Equal(["Labour Code of 2012", "2012 Labour Code"], mention.Aliases);
    }

    [Fact]
    public void Lists_the_plain_title_of_a_quoted_law_as_an_alias()
    {
        // Act
        var mention = Assert.Single(new LawRecognizer().Recognize("JS2 noted that the Law “On Mass Media” required registration."));

        // Assert
        Assert.Contains("Law on Mass Media", mention.Aliases);
    }

    [Fact]
    public void Keeps_the_name_of_the_state_as_an_alias_only()
    {
        // Act
        var mention = Assert.Single(new LawRecognizer().Recognize("The Family Code of Uzbekistan did not recognize customary marriages."));

        // Assert
        Assert.Equal(("Family Code", "Family Code of Uzbekistan"), (mention.Name, Assert.Single(mention.Aliases)));
    }

    private static string Describe(IReadOnlyList<Mention> mentions) =>
        mentions.Count == 0 ? "none" : string.Join(" ;; ", mentions.Select(Describe));

    private static string Describe(Mention m)
    {
        var fields = new List<string> { m.Name, m.Year?.ToString(CultureInfo.InvariantCulture) ?? "-", m.Head ?? "-" };
        if (m.Kind == MentionKind.LawReference)
        {
            fields.Add("reference");
        }
        else if (m.NotInForce)
        {
            fields.Add("not-in-force");
        }
        else if (m.Draft)
        {
            fields.Add("draft");
        }

        return string.Join(" | ", fields);
    }
}
