namespace UprGraph.Evaluation;

/// <summary>Scores per relation type and entity kind, with the relations missed and the ones extracted but not in the gold.</summary>
public sealed record EvaluationReport(
    string Document,
    IReadOnlyDictionary<string, Score> Relations,
    IReadOnlyDictionary<string, Score> Entities,
    IReadOnlyList<GoldRelation> Missed,
    IReadOnlyList<GoldRelation> Spurious);
