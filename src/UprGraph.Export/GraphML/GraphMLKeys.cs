using UprGraph.Model;

namespace UprGraph.Export.GraphML;

/// <summary>
/// The GraphML keys, from <see cref="GraphSchema"/>: nodes get <c>label</c> (what Gephi shows) and <c>kind</c>, then every
/// node property of the schema; edges get <c>label</c> and <c>type</c> (both the relationship type), then every
/// relationship property. The GraphML <c>id</c> attributes carry the ids. Lists are one string joined by <c>"; "</c>.
/// </summary>
public sealed class GraphMLKeys
{
    public GraphMLKeys(GraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Node = [.. Extra("node", "label", "kind"), .. From("node", schema.NodeProperties)];
        Edge = [.. Extra("edge", "label", "type"), .. From("edge", schema.RelationshipProperties)];
    }

    public static GraphMLKeys Default { get; } = new(GraphSchema.Default);

    public IReadOnlyList<GraphMLKey> Node { get; }

    public IReadOnlyList<GraphMLKey> Edge { get; }

    /// <summary>The key id of a node or edge attribute: <c>n_name</c>, <c>e_weight</c>.</summary>
    public static string IdOf(string owner, string name) => (owner == "node" ? "n_" : "e_") + name;

    public static string TypeOf(PropertyType type) => type switch
    {
        PropertyType.Int => "int",
        PropertyType.Bool => "boolean",
        _ => "string",
    };

    private static IEnumerable<GraphMLKey> Extra(string owner, params string[] names) =>
        names.Select(n => new GraphMLKey(IdOf(owner, n), owner, n, "string"));

    private static IEnumerable<GraphMLKey> From(string owner, IEnumerable<SchemaProperty> properties) =>
        properties.Where(p => p.Name != "id").Select(p => new GraphMLKey(IdOf(owner, p.Name), owner, p.Name, TypeOf(p.Type)));
}
