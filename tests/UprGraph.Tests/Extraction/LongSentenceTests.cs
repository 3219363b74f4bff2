using UprGraph.Model;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Extraction;

/// <summary>Text run together without sentence ends: built, with a warning naming the paragraph, its evidence cut short.</summary>
public class LongSentenceTests
{
    [Fact]
    public void A_sentence_over_20000_characters_is_built_with_a_warning_naming_its_paragraph()
    {
        // Arrange
        var run = "AI stated that " + string.Join(", ", Enumerable.Range(1, 900).Select(n => $"article {n} of the Penal Code was vague"));
        var summary = new SummaryText("MDA", "Republic of Moldova")
            .Paragraph("Amnesty International (AI) noted that the Penal Code was vague.2")
            .Paragraph(run + ".3");

        // Act
        var graph = new ExtractionPipelineBuilder().Build().Extract(summary.Document());

        // Assert
        var document = Assert.Single(graph.NodesOf(NodeKind.Document));
        var warning = Assert.Single(document.Warnings, w => w.Code == "sentence-length");
        Assert.StartsWith("sentence 1 of paragraph 3 (line ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("more than 20,000", warning.Message, StringComparison.Ordinal);
        var evidence = graph.Edges.Where(e => e.Paragraph == 3 && e.Evidence is not null).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.True(e.Evidence!.Length <= 2000);
            Assert.Contains(e.Evidence, run + ".", StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Sentences_of_the_genre_get_no_length_warning()
    {
        // Act
        var graph = new ExtractionPipelineBuilder().Build().ExtractFile(RepositoryFiles.Path(RepositoryFiles.Seed));

        // Assert
        Assert.DoesNotContain(Assert.Single(graph.NodesOf(NodeKind.Document)).Warnings, w => w.Code == "sentence-length");
    }
}
