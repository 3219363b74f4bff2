using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>Reads one edge object of graph.json.</summary>
internal static class GraphJsonEdgeReader
{
    public static GraphEdge Read(JsonElement item, string source)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw JsonValues.Invalid(source, "an edge is not an object");
        }

        var id = JsonValues.RequiredString(item, "id", "an edge", source);
        var edge = new GraphEdge(
            id,
            JsonValues.RequiredString(item, "type", $"edge {id}", source),
            JsonValues.RequiredString(item, "source", $"edge {id}", source),
            JsonValues.RequiredString(item, "target", $"edge {id}", source));
        foreach (var property in item.EnumerateObject())
        {
            edge = With(edge, property.Name, property.Value, source);
        }

        return edge;
    }

    private static GraphEdge With(GraphEdge edge, string name, JsonElement value, string source) => name switch
    {
        "document" => edge with { Document = JsonValues.String(value, name, source) },
        "paragraph" => edge with { Paragraph = JsonValues.Int(value, name, source) },
        "sentence" => edge with { Sentence = JsonValues.Int(value, name, source) },
        "evidence" => edge with { Evidence = JsonValues.String(value, name, source) },
        "footnotes" => edge with { Footnotes = JsonValues.Ints(value, name, source) },
        "cue" => edge with { Cue = JsonValues.String(value, name, source) },
        "via" => edge with { Via = JsonValues.String(value, name, source) },
        "actSpan" => edge with { ActSpan = JsonValues.Ints(value, name, source) },
        "cueSpan" => edge with { CueSpan = JsonValues.Ints(value, name, source) },
        "unattributed" => edge with { Unattributed = JsonValues.Bool(value, name, source) },
        "issue" => edge with { Issue = JsonValues.String(value, name, source) },
        "weight" => edge with { Weight = JsonValues.Int(value, name, source) },
        "curated" => edge with { Curated = JsonValues.Bool(value, name, source) },
        "why" => edge with { Why = JsonValues.String(value, name, source) },
        _ => edge,
    };
}
