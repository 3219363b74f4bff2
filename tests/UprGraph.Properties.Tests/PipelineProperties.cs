using FsCheck.Xunit;
using UprGraph.Export.Json;
using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Properties.Tests;

/// <summary>
/// What holds on any input, checked on 300 mutated real documents per property (lines dropped, duplicated, swapped;
/// bytes flipped; headings removed; footnote marks renumbered; page furniture inserted mid-sentence). The cases come from
/// a fixed seed (<see cref="Replay"/>), so every run checks the same ones; on a failure FsCheck prints that seed and the
/// smallest failing document it shrank to.
/// </summary>
public sealed class PipelineProperties
{
    private const string Replay = "(1710461021,297126323)";
    private const int Cases = 300;

    private static readonly ExtractionPipeline s_pipeline = new ExtractionPipelineBuilder().Build();

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(DocumentArbitraries)], QuietOnSuccess = true)]
    public void Only_an_input_exception_escapes_the_pipeline(MutatedDocument document)
    {
        // Act & Assert: any other exception fails the property
        try
        {
            s_pipeline.Extract(TextDocumentReader.Decode(document.Name, document.Bytes()));
        }
        catch (InputException)
        {
            // Bad input said in one line: allowed.
        }
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(DocumentArbitraries)], QuietOnSuccess = true)]
    public void Every_edge_s_evidence_is_a_substring_of_its_paragraph_s_segmented_text(MutatedDocument document)
    {
        // Arrange
        Relations.DocumentExtraction extraction;
        try
        {
            extraction = s_pipeline.Relate(TextDocumentReader.Decode(document.Name, document.Bytes()));
        }
        catch (InputException)
        {
            return;
        }

        // Act
        var graph = DocumentGraphBuilder.Build(extraction);

        // Assert
        foreach (var edge in graph.Edges.Where(e => e.Evidence is not null))
        {
            Assert.True(
                extraction.Document.Paragraphs.Any(p => p.Number == edge.Paragraph && p.Text.Contains(edge.Evidence!, StringComparison.Ordinal)),
                $"Edge {edge.Id}: its evidence is in no paragraph {edge.Paragraph}: \"{edge.Evidence}\"");
            AssertSpanInside(edge.ActSpan, edge.Evidence!, edge.Id);
            AssertSpanInside(edge.CueSpan, edge.Evidence!, edge.Id);
        }
    }

    [Property(MaxTest = Cases, Replay = Replay, Arbitrary = [typeof(DocumentArbitraries)], QuietOnSuccess = true)]
    public void One_job_and_two_jobs_write_the_same_graph_json(MutatedCorpus corpus)
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("uprgraph-properties-");
        try
        {
            var files = corpus.Documents.Select((d, i) => Write(folder.FullName, $"{i}-{d.Name}", d.Bytes())).ToList();
            var extractor = new CorpusExtractor(s_pipeline);

            // Act
            var one = new GraphJsonWriter().WriteToString(extractor.Extract(files, degreeOfParallelism: 1).Graph);
            var two = new GraphJsonWriter().WriteToString(extractor.Extract(files, degreeOfParallelism: 2).Graph);

            // Assert
            Assert.Equal(one, two);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertSpanInside(IReadOnlyList<int> span, string evidence, string edge)
    {
        if (span.Count > 0)
        {
            Assert.True(span.Count == 2 && span[0] >= 0 && span[1] > 0 && span[0] + span[1] <= evidence.Length,
                $"Edge {edge}: span [{string.Join(", ", span)}] is not inside its evidence of {evidence.Length} characters");
        }
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
