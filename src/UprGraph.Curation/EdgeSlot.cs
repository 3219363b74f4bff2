using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Curation;

/// <summary>An edge while a curation is applied: its uncurated id (null for an added edge), its current form, its order.</summary>
internal sealed class EdgeSlot(string? originalId, GraphEdge edge, int order)
{
    public string? OriginalId { get; } = originalId;

    public GraphEdge Edge { get; set; } = edge;

    /// <summary>Its place in the uncurated graph's edge order (added edges come after).</summary>
    public int Order { get; } = order;

    public bool Dropped { get; set; }

    /// <summary>True once an entry changed it (its id is then computed anew).</summary>
    public bool Changed { get; private set; }

    /// <summary>The line of the add entry that made it.</summary>
    public int? AddedAt { get; init; }

    /// <summary>The id it has now: a changed edge's is computed from its ends, type, document and paragraph.</summary>
    public string CurrentId => Changed ? IdOf(Edge) : Edge.Id;

    public static string IdOf(GraphEdge edge) =>
        edge.Document is null
            ? DocumentIds.Edge(edge.Type, edge.Source, edge.Target)
            : DocumentIds.Edge(edge.Type, edge.Source, edge.Target, edge.Document, edge.Paragraph);

    public void Change(GraphEdge edge, string why)
    {
        Edge = edge with { Curated = true, Why = why };
        Changed = true;
    }
}
