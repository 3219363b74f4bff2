using UprGraph.Evaluation;

namespace UprGraph.Tests.Evaluation;

/// <summary>The floor tests' assertion: a document's relation F1 against its gold at least its floor, listing its missed and spurious relations when not.</summary>
internal static class FloorAssert
{
    public static void AtLeast(string document, string gold, double floor)
    {
        // Arrange
        var annotation = GoldDocument.Read(gold);

        // Act
        var graph = new ExtractionPipelineBuilder().Build().ExtractFile(document);
        var report = Evaluator.Evaluate(graph, annotation);

        // Assert
        var score = report.All;
        Assert.True(score.F1 >= floor - 1e-9, $"{annotation.Document}: relation F1 {score.F1:F3} < floor {floor:F2} (tp {score.Tp}, fp {score.Fp}, fn {score.Fn})\n"
            + string.Join('\n', report.Missed.Select(r => "  missed   " + r).Concat(report.Spurious.Select(r => "  spurious " + r))));
    }
}
