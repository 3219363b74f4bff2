using UprGraph.Evaluation;
using UprGraph.Model;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Evaluation;

/// <summary>The seed's extraction scored against its gold annotation (shared/gold/seed-gold.json beside the repository, else the copy here).</summary>
public class SeedEvaluationTests
{
    private static readonly Lazy<EvaluationReport> s_report = new(() =>
    {
        var shared = RepositoryFiles.Path(Path.Combine("..", "shared", "gold", "seed-gold.json"));
        var gold = GoldDocument.Read(File.Exists(shared) ? shared : RepositoryFiles.Output("Evaluation/seed-gold.json"));
        var graph = new ExtractionPipelineBuilder().Build().ExtractFile(RepositoryFiles.Path(RepositoryFiles.Seed));
        return Evaluator.Evaluate(graph, gold);
    });

    [Fact]
    public void Scores_the_seeds_relations_at_least_090_f1()
    {
        // Act
        var score = s_report.Value.Relations["all"];

        // Assert
        Assert.True(score.F1 >= 0.90, Explain("all", score));
    }

    [Theory]
    [InlineData(RelationTypes.Criticizes)]
    [InlineData(RelationTypes.RecommendsAmending)]
    public void Scores_the_seeds_main_relation_types_at_least_085_f1(string type)
    {
        // Act
        var score = s_report.Value.Relations[type];

        // Assert
        Assert.True(score.Tp > 0, $"No {type} relation of the gold was extracted.");
        Assert.True(score.F1 >= 0.85, Explain(type, score));
    }

    [Fact]
    public void Reads_the_gold_of_the_seed()
    {
        // Act
        var gold = GoldDocument.Read(RepositoryFiles.Output("Evaluation/seed-gold.json"));

        // Assert
        Assert.Equal("A/HRC/WG.6/34/KAZ/3", gold.Document);
        Assert.True(gold.Relations.Count > 50, $"The gold copy has only {gold.Relations.Count} relations.");
    }

    private static string Explain(string type, Score score)
    {
        var report = s_report.Value;
        var missed = report.Missed.Where(r => type == "all" || r.Type == type).Take(15).Select(r => "  missed   " + r);
        var spurious = report.Spurious.Where(r => type == "all" || r.Type == type).Take(15).Select(r => "  spurious " + r);
        return $"{type}: F1 {score.F1:F3} (P {score.Precision:F3}, R {score.Recall:F3}; tp {score.Tp}, fp {score.Fp}, fn {score.Fn})\n"
            + string.Join('\n', missed.Concat(spurious));
    }
}
