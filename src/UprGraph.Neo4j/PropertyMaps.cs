using System.Collections;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// The Neo4j property maps of nodes and relationships, keyed by the schema's property names
/// (<see cref="GraphSchema.Default"/>). Neo4j stores only primitives and lists of them, no nulls: unset properties are
/// left out (so <c>SET n = map</c> removes them), nulls inside lists are dropped, empty lists stay.
/// </summary>
internal static class PropertyMaps
{
    private static readonly Dictionary<NodeKind, IReadOnlyList<SchemaProperty>> s_nodeProperties =
        GraphSchema.Default.Labels.ToDictionary(l => l.Kind, l => l.Properties);

    public static Dictionary<string, object?> Of(GraphNode node) =>
        Map(s_nodeProperties[node.Kind], node.GetProperty);

    public static Dictionary<string, object?> Of(GraphEdge edge) =>
        Map(GraphSchema.Default.RelationshipProperties, edge.GetProperty);

    private static Dictionary<string, object?> Map(IReadOnlyList<SchemaProperty> properties, Func<string, object?> read)
    {
        var map = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            var value = read(property.Name);
            if (value is not null)
            {
                map[property.Name] = Value(property, value);
            }
        }

        return map;
    }

    private static object Value(SchemaProperty property, object value) => property.Type switch
    {
        PropertyType.StringList => ((IEnumerable)value).OfType<string>().ToArray(),
        PropertyType.IntList => ((IEnumerable)value).OfType<int>().ToArray(),
        PropertyType.WarningList => ((IEnumerable)value).OfType<DocumentWarning>().Select(w => w.ToString()).ToArray(),
        _ => value,
    };
}
