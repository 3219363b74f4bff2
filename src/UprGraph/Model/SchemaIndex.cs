namespace UprGraph.Model;

/// <summary>A constraint (<see cref="Unique"/>) or a plain index on one property of a label.</summary>
public sealed record SchemaIndex(NodeKind Label, string Property, bool Unique);
