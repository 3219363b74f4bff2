using System.Collections;
using System.Globalization;
using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// A graph as sorted lines, one per node (<c>Label {key=value, ...}</c>) and relationship (<c>TYPE source->target {...}</c>),
/// read either from Neo4j or from a <see cref="KnowledgeGraph"/> (independently of the loader's own property mapping),
/// so the two can be compared whole.
/// </summary>
internal sealed record GraphSnapshot(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)
{
    public static async Task<GraphSnapshot> ReadAsync(ICypherClient client)
    {
        var results = await client.RunAsync(
        [
            new CypherStatement("MATCH (n) RETURN labels(n) AS labels, n AS properties"),
            new CypherStatement("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, r AS properties"),
        ]);
        var nodes = results[0].Rows
            .Select(row => Line(string.Join(":", row[0].EnumerateArray().Select(l => l.GetString())), Properties(row[1])));
        var relationships = results[1].Rows
            .Select(row => Line($"{row[0].GetString()} {row[1].GetString()}->{row[2].GetString()}", Properties(row[3])));
        return new GraphSnapshot(Sorted(nodes), Sorted(relationships));
    }

    public static GraphSnapshot Of(KnowledgeGraph graph)
    {
        var nodes = graph.Nodes.Select(n => Line(
            n.Kind.ToString(),
            GraphSchema.Default.Label(n.Kind).Properties.Select(p => (p.Name, Value: n.GetProperty(p.Name)))));
        var relationships = graph.Edges.Select(e => Line(
            $"{e.Type} {e.Source}->{e.Target}",
            GraphSchema.Default.RelationshipProperties.Select(p => (p.Name, Value: e.GetProperty(p.Name)))));
        return new GraphSnapshot(Sorted(nodes), Sorted(relationships));
    }

    public static string Canonical(object? value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Canonical)) + "]",
        _ => throw new ArgumentException($"no canonical form for {value?.GetType().Name ?? "null"}", nameof(value)),
    };

    public static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(value.GetString()),
        JsonValueKind.Number => value.GetInt64().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        _ => throw new ArgumentException($"unexpected JSON {value.ValueKind} in a property", nameof(value)),
    };

    private static IEnumerable<(string Name, object? Value)> Properties(JsonElement map) =>
        map.EnumerateObject().Select(p => (p.Name, (object?)p.Value));

    private static string Line(string head, IEnumerable<(string Name, object? Value)> properties) =>
        head + " {" + string.Join(", ", properties
            .Where(p => p.Value is not null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + (p.Value is JsonElement e ? Canonical(e) : Canonical(p.Value)))) + "}";

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}
