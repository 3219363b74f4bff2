using UprGraph.Export.Gexf;
using UprGraph.Export.GraphML;
using UprGraph.Export.Text;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Tests.Readers;

/// <summary>
/// What a reader should find for each node and edge of an in-memory graph, computed from the model (not from the
/// writer's output): strings after XML cleaning, ints and bools typed, lists as one "; "-joined string.
/// </summary>
internal static class ExpectedValues
{
    public static ExpectedGraph GraphML(KnowledgeGraph graph) => new(
        graph.Nodes.ToDictionary(n => n.Id, n => With(Values(n), ("label", Clean(GraphMLWriter.LabelOf(n))), ("kind", n.Kind.ToString()))),
        graph.Edges.ToDictionary(e => e.Id, e => With(Values(e), ("source", e.Source), ("target", e.Target), ("label", e.Type), ("type", e.Type))));

    public static ExpectedGraph Gexf(KnowledgeGraph graph) => new(
        graph.Nodes.ToDictionary(n => n.Id, n =>
        {
            var (r, g, b) = GexfPalette.ColorOf(n.Kind);
            return With(Values(n), ("label", Clean(GraphMLWriter.LabelOf(n))), ("kind", n.Kind.ToString()),
                ("viz_color", new[] { (int)r, g, b }), ("viz_size", new FloatValue(GexfPalette.SizeOf(n))));
        }),
        graph.Edges.ToDictionary(e => e.Id, e =>
        {
            var values = With(Values(e), ("source", e.Source), ("target", e.Target), ("label", e.Type), ("type", e.Type));
            values["weight"] = new FloatValue(e.Weight);
            return values;
        }));

    private static Dictionary<string, object> Values(GraphNode node) =>
        GraphSchema.Default.Label(node.Kind).Properties.Where(p => p.Name != "id")
            .Select(p => (p.Name, Value: node.GetProperty(p.Name)))
            .Where(x => x.Value is not null && SchemaValues.IsSet(x.Value))
            .ToDictionary(x => x.Name, x => Typed(x.Value!));

    private static Dictionary<string, object> Values(GraphEdge edge) =>
        GraphSchema.Default.RelationshipProperties.Where(p => p.Name != "id")
            .Select(p => (p.Name, Value: edge.GetProperty(p.Name)))
            .Where(x => x.Value is not null && SchemaValues.IsSet(x.Value))
            .ToDictionary(x => x.Name, x => Typed(x.Value!));

    private static object Typed(object value) => value switch
    {
        string text => Clean(text),
        int or bool => value,
        _ => Clean(PropertyText.Format(value)),
    };

    private static string Clean(string text) => XmlChars.Clean(text);

    private static Dictionary<string, object> With(Dictionary<string, object> values, params (string Name, object Value)[] extra)
    {
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return values;
    }
}
