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

    /// <summary>"curation: FILE, N applied, M stale".</summary>
    public string Summary => $"curation: {File}, {Applied} applied, {Stale.Count} stale";

    /// <summary>The uncurated id of a curated graph's edge (the same id when no entry changed it; null for an added edge).</summary>
    public string? OriginalId(string edgeId) =>
        OriginalIds.TryGetValue(edgeId, out var original) ? original : AddedAt.ContainsKey(edgeId) ? null : edgeId;
}
