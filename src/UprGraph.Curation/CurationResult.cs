using UprGraph.Graph;

namespace UprGraph.Curation;

/// <summary>
/// The curated graph, how many entries changed it and which were stale. <see cref="OriginalIds"/> gives, for each edge of
/// the curated graph that an entry changed, the id it had in the uncurated build (what new entries must name);
/// <see cref="AddedAt"/> the line of the entry that added an edge.
/// </summary>
public sealed record CurationResult(KnowledgeGraph Graph, string File, int Applied, IReadOnlyList<StaleCorrection> Stale)
{
    public IReadOnlyDictionary<string, string> OriginalIds { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, int> AddedAt { get; init; } = new Dictionary<string, int>();

    /// <summary>The lines of the entries that changed the graph.</summary>
    public IReadOnlySet<int> AppliedLines { get; init; } = new HashSet<int>();

    /// <summary>
    /// One curation file applied to each document of a corpus on its own (eval scores documents one by one): an entry
    /// counts as applied when it changed any document's graph, and as stale only when it matched nothing in any.
    /// </summary>
    public static (int Applied, IReadOnlyList<StaleCorrection> Stale) Across(IReadOnlyList<CurationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return (0, []);
        }

        var applied = results.SelectMany(r => r.AppliedLines).ToHashSet();
        var stale = results[0].Stale.Where(s => !applied.Contains(s.Line) && results.All(r => r.Stale.Contains(s))).ToList();
        return (applied.Count, stale);
    }

    /// <summary>"curation: FILE, N applied, M stale".</summary>
    public string Summary => $"curation: {File}, {Applied} applied, {Stale.Count} stale";

    /// <summary>The uncurated id of a curated graph's edge (the same id when no entry changed it; null for an added edge).</summary>
    public string? OriginalId(string edgeId) =>
        OriginalIds.TryGetValue(edgeId, out var original) ? original : AddedAt.ContainsKey(edgeId) ? null : edgeId;
}
