using UprGraph.Model;

namespace UprGraph.Export.Review;

/// <summary>
/// An edge of the reviewed document with what the review shows beside it: its source's and target's names, the id a
/// curation entry must name (the uncurated build's; null for an edge a curation entry added, with that entry's line).
/// </summary>
public sealed record ReviewEdge(GraphEdge Edge, string SourceName, NodeKind SourceKind, string TargetName, NodeKind TargetKind, string? EntryId, int? AddedAt);
