namespace UprGraph.Model;

/// <summary>One relationship type of the schema: the labels it may join and whether it carries evidence.</summary>
public sealed record RelationshipSchema(string Type, IReadOnlyList<NodeKind> From, IReadOnlyList<NodeKind> To, bool HasEvidence);
