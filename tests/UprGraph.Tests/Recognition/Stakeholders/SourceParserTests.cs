using UprGraph.Recognition.Stakeholders;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Recognition.Stakeholders;

public class SourceParserTests
{
    public static TheoryData<int, string, string> Cases => SpecFile.Cases("Recognition/Stakeholders/Specs/sources.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_who_speaks(int line, string sentence, string expected)
    {
        // Act
        var clause = new SourceParser("Jamaica").Parse(sentence);

        // Assert
        var actual = $"{clause.Kind} | {(clause.Names.Count == 0 ? "-" : string.Join(" ; ", clause.Names))} | {clause.Verb ?? "-"}";
        Assert.True(expected == actual, $"line {line}: {sentence}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void Returns_the_abbreviations_the_subject_defines()
    {
        // Act
        var clause = new SourceParser("Jamaica").Parse("Human Rights Watch (HRW), Front Line Defenders (FLD) and JS2 reported that activists were detained.");

        // Assert
        Assert.Equal([("FLD", "Front Line Defenders"), ("HRW", "Human Rights Watch")], clause.Definitions.Select(d => (d.Key, d.Value)).Order());
    }

    [Theory]
    [InlineData("Lawyers for Lawyers", true)]
    [InlineData("Reporters without borders", true)]
    [InlineData("Forum 18", true)]
    [InlineData("the number of cases", false)]
    [InlineData("Journalists working for independent outlets", false)]
    public void Tells_a_name_from_a_clause(string subject, bool isName)
    {
        // Act
        var actual = SubjectNames.IsNameLike(subject);

        // Assert
        Assert.Equal(isName, actual);
    }
}
