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
    public void Recognizes_the_acts_of_a_long_sentence_as_of_a_short_one_sharing_their_strings()
    {
        // Arrange: one sentence of thousands of characters that names the same acts again and again
        const string piece = "the 2014 Criminal Code was criticised, article 12 of the Labour Code of 2012 was criticised";
        var sentence = string.Join(", ", Enumerable.Repeat(piece, 200)) + ".";
        var recognizer = new LawRecognizer();

        // Act
        var mentions = recognizer.Recognize(sentence);
        var alone = recognizer.Recognize(piece + ".");

        // Assert: the same mentions as the piece alone, each naming; the repeated ones share their name and aliases
        Assert.Equal(400, mentions.Count);
        Assert.Equal(Describe(alone), Describe(mentions.Take(2).ToList()));
        Assert.Equal(Describe(mentions.Take(2).ToList()), Describe(mentions.Skip(398).ToList()));
        Assert.Same(mentions[0].Name, mentions[2].Name);
        Assert.Same(mentions[1].Aliases, mentions[399].Aliases);
        Assert.NotSame(alone[0].Name, recognizer.Recognize(piece + ".")[0].Name);
    }

    [Fact]
    public void Recognizes_the_articles_of_a_long_sentence_sharing_their_strings()
    {
        // Arrange
        var sentence = string.Join(", ", Enumerable.Repeat("article 12 of the Labour Code was criticised", 200)) + ".";

        // Act
        var mentions = new ArticleRecognizer().Recognize(sentence);

        // Assert
        Assert.Equal(200, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(("article 12", "12"), (m.Name, m.Number)));
        Assert.Same(mentions[0].Number, mentions[199].Number);
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
