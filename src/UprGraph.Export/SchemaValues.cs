using UprGraph.Model;

namespace UprGraph.Export;

/// <summary>
/// The property values a sink writes, driven by <see cref="GraphSchema"/>: a node's values are those of its label's
/// properties, an edge's those of the relationship properties; the id is left to the caller, and so are unset values
/// (null or an empty list), which sinks omit.
/// </summary>
public static class SchemaValues
{
    public static IEnumerable<(SchemaProperty Property, object Value)> Of(GraphNode node, GraphSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var property in (schema ?? GraphSchema.Default).Label(node.Kind).Properties)
        {
            if (property.Name != "id" && node.GetProperty(property.Name) is { } value && IsSet(value))
            {
                yield return (property, value);
            }
        }
    }

    public static IEnumerable<(SchemaProperty Property, object Value)> Of(GraphEdge edge, GraphSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(edge);
        foreach (var property in (schema ?? GraphSchema.Default).RelationshipProperties)
        {
            if (property.Name != "id" && edge.GetProperty(property.Name) is { } value && IsSet(value))
            {
                yield return (property, value);
            }
        }
    }

    public static bool IsSet(object? value) => value switch
    {
        null => false,
        IReadOnlyCollection<string> list => list.Count > 0,
        IReadOnlyCollection<int> list => list.Count > 0,
        IReadOnlyCollection<DocumentWarning> list => list.Count > 0,
        _ => true,
    };
}
