namespace UprGraph.Model;

/// <summary>One node label of the schema with its properties.</summary>
public sealed record NodeLabelSchema(NodeKind Kind, string Description, IReadOnlyList<SchemaProperty> Properties);
