using UprGraph.Model;

namespace UprGraph.Export.Gexf;

/// <summary>
/// The GEXF attribute declarations, from <see cref="GraphSchema"/>. Node attributes: <c>kind</c> and every node
/// property but <c>id</c> (the node's own id). Edge attributes: <c>type</c> and every relationship property but
/// <c>id</c> and <c>weight</c>, which GEXF has as edge XML attributes. Lists are one string joined by <c>"; "</c>.
/// </summary>
public static class GexfAttributes
{
    public static IReadOnlyList<SchemaProperty> Node { get; } =
        [new SchemaProperty("kind", PropertyType.String), .. GraphSchema.Default.NodeProperties.Where(p => p.Name != "id")];

    public static IReadOnlyList<SchemaProperty> Edge { get; } =
        [new SchemaProperty("type", PropertyType.String),
         .. GraphSchema.Default.RelationshipProperties.Where(p => p.Name is not ("id" or "weight"))];

    /// <summary>The attribute id of a node or edge attribute: <c>n_name</c>, <c>e_evidence</c>.</summary>
    public static string IdOf(string owner, string name) => (owner == "node" ? "n_" : "e_") + name;

    public static string TypeOf(PropertyType type) => type switch
    {
        PropertyType.Int => "integer",
        PropertyType.Bool => "boolean",
        _ => "string",
    };
}
