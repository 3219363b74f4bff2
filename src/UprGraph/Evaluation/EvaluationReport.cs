namespace UprGraph.Evaluation;

/// <summary>
/// One document's scores per relation type (and "all") and entity kind, with the relations missed (gold ids, the gold's
/// evidence) and the ones extracted but not in the gold (gold ids where the node matched one, else node ids; the
/// extracted evidence).
/// </summary>
public sealed record EvaluationReport(
    string Document,
    IReadOnlyDictionary<string, Score> Relations,
    IReadOnlyDictionary<string, Score> Entities,
    IReadOnlyList<GoldRelation> Missed,
    IReadOnlyList<GoldRelation> Spurious)
{
    public Score All => Relations["all"];
}
