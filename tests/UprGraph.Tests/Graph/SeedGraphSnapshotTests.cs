using System.Runtime.CompilerServices;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Graph;

/// <summary>
/// The seed's whole graph against an approved text, so any change to what the pipeline extracts shows in review.
/// On a mismatch the test writes <c>Expectations/seed-graph.received.txt</c>; when the change is right, approve it by
/// copying the received file over <c>seed-graph.approved.txt</c>.
/// </summary>
public class SeedGraphSnapshotTests
{
    [Fact]
    public void Extracts_the_approved_graph_from_the_seed()
    {
        // Arrange
        var pipeline = new ExtractionPipelineBuilder().Build();

        // Act
        var graph = pipeline.ExtractFile(RepositoryFiles.Path(RepositoryFiles.Seed));

        // Assert
        Assert.True(graph.Edges.Count > 100, $"The seed gave only {graph.Edges.Count} edges.");
        Verify("seed-graph", GraphText.Write(graph));
    }

    private static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Expectations");
        var approved = Path.Combine(folder, name + ".approved.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        var first = expected is null ? null : FirstDifference(expected, actual);
        Assert.Fail(expected is null
            ? $"No approved file {approved}. Review {received}; to approve it: cp {received} {approved}"
            : $"The seed's graph differs from {approved} ({first}). Review {received}; if the change is right, approve it: cp {received} {approved}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}: approved \"{a[i]}\", received \"{b[i]}\"";
            }
        }

        return $"approved has {a.Length} lines, received {b.Length}";
    }
}
