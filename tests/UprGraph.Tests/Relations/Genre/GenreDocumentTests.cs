namespace UprGraph.Tests.Relations.Genre;

/// <summary>
/// A summary written for the tests in the genre's usual phrasing, for another country and other patterns than the
/// seed: acts named by abbreviation ("Law on Mass Media (LMM)"), "Article 19 made similar observations", a speaker
/// whose name holds a negative word ("Reporters Without Borders"), "Several submissions recommended", a numbered
/// ILO convention, "Uzbekistan should ..." continuing the latest speaker; and a summary of the second cycle's template
/// (Zambia): "Several stakeholders, including AI and JS4", "be repealed or amended", "recommended its amendment", "table
/// the bill", a stakeholder abbreviated in two words ("MISA Zambia"), the Bill of Rights (no bill); and a third-cycle
/// summary (Hungary): acts numbered in roman numerals ("Act CXXV of 2003 on Equal Treatment" = "the Equal Treatment
/// Act"), an amendment of the Fundamental Law, a treaty named in lower case before its short name, similar
/// observations concerning another act, "recommended that it be amended" after the sentence that names the act; and
/// a second-cycle summary of a state whose acts are numbered within their year (Cameroon): "Law No. 2004/016 of 22 July
/// 2004 on the establishment of ...", "the 2014 Law", an ILO convention with its number in brackets, "prosecuted for
/// defamation under articles 305 and 307", a draft "still not adopted" (no criticism). The approved relations were read
/// against the text one by one; one relation a reader would see is missing there (paragraph 6: a notification the
/// authorities "treated as a requirement of authorization" states no problem in words the rules know); and a
/// third-cycle summary of a state with Commonwealth acts (Malaysia): "the Sedition Act 1948", an act's abbreviation
/// used alone ("SOSMA"), "section 377A", "Immigration Act 1959/63", "It recommended that the provision be repealed"
/// after the sentence that names the section, similar observations concerning another act, an impersonal "It was
/// reported that" sourced by its footnote; and a first-cycle summary of a state whose acts are proclamations
/// (Ethiopia): "Proclamation No. 621/2009", "the Proclamation", "the draft be revised", "recommended that the amendments
/// be reviewed" (the act amended), a constitution's right "not respected in practice".
/// </summary>
public sealed class GenreDocumentTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Relations", "Genre");

    [Theory]
    [InlineData("A-HRC-WG.6-30-UZB-3")]
    [InlineData("A-HRC-WG.6-20-ZMB-3")]
    [InlineData("A-HRC-WG.6-9-JAM-3")]
    [InlineData("A-HRC-WG.6-49-KGZ-3")]
    [InlineData("A-HRC-WG.6-39-HUN-3")]
    [InlineData("A-HRC-WG.6-16-CMR-3")]
    [InlineData("A-HRC-WG.6-31-MYS-3")]
    [InlineData("A-HRC-WG.6-6-ETH-3")]
    public void Extracts_the_approved_relations_of_a_summary_in_the_genre(string name)
    {
        // Arrange
        var document = Path.Combine(Folder, name + ".txt");

        // Act
        var graph = new ExtractionPipelineBuilder().Build().ExtractFile(document);
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Abbreviation ?? n.Name, StringComparer.Ordinal);
        var actual = graph.Edges
            .Where(e => Model.RelationTypes.Statements.Contains(e.Type))
            .Select(e => $"{e.Paragraph} {e.Type} {(e.Unattributed ? "(none)" : names[e.Source])} -> {names[e.Target]}{(e.Via is Model.Via.Footnote or Model.Via.SimilarObservations ? " via " + e.Via : "")}")
            .Order(StringComparer.Ordinal)
            .ToList();

        // Assert
        var approved = Path.Combine(Folder, name + ".relations.txt");
        var expected = File.Exists(approved) ? File.ReadAllLines(approved).Where(l => l.Length > 0).ToList() : [];
        Assert.True(expected.SequenceEqual(actual), $"{name}: the relations differ from {name}.relations.txt; extracted:\n{string.Join('\n', actual)}");
    }
}
