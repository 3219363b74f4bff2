namespace UprGraph.Evaluation;

/// <summary>
/// The scores of several documents against their gold files: each document's report, the micro totals per relation type
/// (tp, fp and fn summed over documents), the macro average (the mean of per-document F1 over the documents whose gold
/// has relations of that type), and the documents and gold files that found no partner.
/// </summary>
public sealed record CorpusEvaluation(IReadOnlyList<EvaluationReport> Documents, IReadOnlyList<string> Unpaired)
{
    /// <summary>Per relation type and "all": the sums of the documents' tp, fp and fn.</summary>
    public IReadOnlyDictionary<string, Score> Micro { get; } = Sum(Documents);

    /// <summary>Per relation type and "all": the mean F1 of the documents with gold relations of that type; null when none has.</summary>
    public IReadOnlyDictionary<string, double?> Macro { get; } = Mean(Documents);

    private static SortedDictionary<string, Score> Sum(IReadOnlyList<EvaluationReport> documents)
    {
        var micro = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        foreach (var report in documents)
        {
            foreach (var (type, score) in report.Relations)
            {
                micro[type] = micro.GetValueOrDefault(type, Score.Zero) + score;
            }
        }

        return micro;
    }

    private static SortedDictionary<string, double?> Mean(IReadOnlyList<EvaluationReport> documents)
    {
        var macro = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var type in documents.SelectMany(d => d.Relations.Keys).Distinct(StringComparer.Ordinal))
        {
            var withGold = documents.Select(d => d.Relations.GetValueOrDefault(type)).OfType<Score>().Where(s => s.Tp + s.Fn > 0).ToList();
            macro[type] = withGold.Count == 0 ? null : withGold.Average(s => s.F1);
        }

        return macro;
    }
}
