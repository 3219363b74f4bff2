using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>Reads one node object of graph.json.</summary>
internal static class GraphJsonNodeReader
{
    public static GraphNode Read(JsonElement item, string source)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw JsonValues.Invalid(source, "a node is not an object");
        }

        var id = JsonValues.RequiredString(item, "id", "a node", source);
        var kindName = JsonValues.RequiredString(item, "kind", $"node {id}", source);
        if (!Enum.TryParse<NodeKind>(kindName, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || char.IsDigit(kindName[0]))
        {
            throw JsonValues.Invalid(source, $"node {id} has the unknown kind \"{kindName}\"");
        }

        var node = new GraphNode(id, kind, JsonValues.RequiredString(item, "name", $"node {id}", source));
        foreach (var property in item.EnumerateObject())
        {
            node = With(node, property.Name, property.Value, source);
        }

        return node;
    }

    private static GraphNode With(GraphNode node, string name, JsonElement value, string source) => name switch
    {
        "aliases" => node with { Aliases = JsonValues.Strings(value, name, source) },
        "abbreviation" => node with { Abbreviation = JsonValues.String(value, name, source) },
        "category" => node with { Category = JsonValues.String(value, name, source) },
        "law" => node with { Law = JsonValues.String(value, name, source) },
        "number" => node with { Number = JsonValues.String(value, name, source) },
        "year" => node with { Year = JsonValues.Int(value, name, source) },
        "country" or "code" => node with { Country = JsonValues.String(value, name, source) },
        "proposed" => node with { Proposed = JsonValues.Bool(value, name, source) },
        "draft" => node with { Draft = JsonValues.Bool(value, name, source) },
        "document" => node with { Document = JsonValues.String(value, name, source) },
        "symbol" => node with { Symbol = JsonValues.String(value, name, source) },
        "session" => node with { Session = JsonValues.Int(value, name, source) },
        "cycle" => node with { Cycle = JsonValues.Int(value, name, source) },
        "file" => node with { File = JsonValues.String(value, name, source) },
        "encoding" => node with { Encoding = JsonValues.String(value, name, source) },
        "warnings" => node with { Warnings = JsonValues.Warnings(value, name, source) },
        "curated" => node with { Curated = JsonValues.Bool(value, name, source) },
        "why" => node with { Why = JsonValues.String(value, name, source) },
        "critics" => node with { Critics = JsonValues.Int(value, name, source) },
        _ => node,
    };
}
