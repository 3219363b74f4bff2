using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>
/// Writes graph.json (<see cref="GraphJsonFormat"/>) through a <see cref="Utf8JsonWriter"/>: indented, in the order
/// given, properties in schema order, so the same graph always gives the same bytes.
/// </summary>
public sealed class GraphJsonWriter : GraphStreamSink
{
    public override string Name => "json";

    public override string DefaultFileName => "graph.json";

    public override void Write(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        using var json = new Utf8JsonWriter(stream, GraphJsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", GraphJsonFormat.SchemaVersion);
        json.WriteString("generator", GraphJsonFormat.Generator);
        json.WriteStartArray("nodes");
        foreach (var node in nodes)
        {
            WriteNode(json, node);
            FlushNow(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in edges)
        {
            WriteEdge(json, edge);
            FlushNow(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteString("kind", node.Kind.ToString());
        foreach (var (property, value) in SchemaValues.Of(node))
        {
            JsonPropertyWriter.Write(json, property, value);
        }

        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, GraphEdge edge)
    {
        json.WriteStartObject();
        json.WriteString("id", edge.Id);
        json.WriteString("type", edge.Type);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        foreach (var (property, value) in SchemaValues.Of(edge))
        {
            if (property.Name != "unattributed" || value is true)
            {
                JsonPropertyWriter.Write(json, property, value);
            }
        }

        json.WriteEndObject();
    }

    /// <summary>Keeps the writer's buffer small: a million edges stream instead of piling up in memory.</summary>
    private static void FlushNow(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }
}
