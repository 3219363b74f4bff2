using System.Globalization;
using UprGraph.Recognition;
using UprGraph.Recognition.Treaties;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Recognition.Treaties;

public class TreatyRecognizerTests
{
    public static TheoryData<int, string, string> Cases => SpecFile.Cases("Recognition/Treaties/Specs/treaties.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_treaties(int line, string sentence, string expected)
    {
        // Act
        var mentions = new TreatyRecognizer().Recognize(sentence);

        // Assert
        var actual = mentions.Count == 0 ? "none" : string.Join(" ;; ", mentions.Select(Describe));
        Assert.True(expected == actual, $"line {line}: {sentence}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void Spans_the_treaty_with_its_year()
    {
        // Arrange
        const string sentence = "JS3 recommended acceding to the 1954 Convention relating to the Status of Stateless Persons.";

        // Act
        var mention = Assert.Single(new TreatyRecognizer().Recognize(sentence));

        // Assert
        Assert.Equal("1954 Convention relating to the Status of Stateless Persons", sentence.Substring(mention.Offset, mention.Length));
    }

    private static string Describe(Mention m) =>
        $"{m.Name} | {m.Year?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {(m.Aliases.Count == 0 ? "-" : string.Join(", ", m.Aliases))}";
}
