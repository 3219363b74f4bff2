using System.Text.Encodings.Web;
using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Curation.Gold;

/// <summary>
/// Writes the (curated) graph of one document as a gold annotation in the format of <c>shared/gold/README.md</c>:
/// every stakeholder, law (with <c>year</c>, <c>aliases</c>, <c>draft</c>, <c>proposed</c>), article, treaty and issue
/// node, with the paragraphs of its statements, and every statement as a relation (gold ids, <c>null</c> for no named
/// source, <c>evidence</c>, <c>via</c>). Entities come in the graph's node order with their node's names, so the scorer's
/// one-to-one greedy matching pairs each with its own node, and the graph it was written from scores 1.0 against it.
/// </summary>
public static class GoldWriter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(KnowledgeGraph graph, string symbol, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var statements = graph.Edges.Where(e => e.Document == symbol && RelationTypes.Statements.Contains(e.Type))
            .OrderBy(e => e.Paragraph).ThenBy(e => e.Sentence).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var ids = GoldIds.Of(graph);
        using var json = new Utf8JsonWriter(stream, s_options);
        json.WriteStartObject();
        json.WriteString("document", symbol);
        Entities(json, "stakeholders", graph, NodeKind.Stakeholder, ids, statements, n =>
        {
            json.WriteString("name", n.Name);
            if (n.Abbreviation is { } abbreviation)
            {
                json.WriteString("abbreviation", abbreviation);
            }

            json.WriteString("kind", n.Category ?? StakeholderCategory.Other);
            Strings(json, "aliases", n.Aliases);
        });
        Entities(json, "laws", graph, NodeKind.Law, ids, statements, n =>
        {
            json.WriteString("name", n.Name);
            if (n.Year is { } year)
            {
                json.WriteNumber("year", year);
            }
            else
            {
                json.WriteNull("year");
            }

            Strings(json, "aliases", n.Aliases);
            json.WriteBoolean("draft", n.Draft);
            json.WriteBoolean("proposed", n.Proposed);
        });
        Entities(json, "articles", graph, NodeKind.Article, ids, statements, n =>
        {
            json.WriteString("law", n.Law is { } law ? ids.GetValueOrDefault(law, law) : null);
            json.WriteString("number", n.Number);
        });
        Entities(json, "treaties", graph, NodeKind.Treaty, ids, statements, n =>
        {
            json.WriteString("name", n.Name);
            Strings(json, "aliases", n.Aliases);
        });
        Entities(json, "issues", graph, NodeKind.Issue, ids, statements, n => json.WriteString("heading", n.Name));
        json.WriteStartArray("relations");
        foreach (var edge in statements)
        {
            json.WriteStartObject();
            json.WriteString("type", edge.Type);
            json.WriteString("source", edge.Unattributed || graph[edge.Source].Kind == NodeKind.Document ? null : ids[edge.Source]);
            json.WriteString("target", ids[edge.Target]);
            json.WriteNumber("paragraph", edge.Paragraph ?? 0);
            json.WriteString("evidence", edge.Evidence);
            json.WriteString("via", edge.Via is Via.SimilarObservations or Via.Footnote ? edge.Via : null);
            if (edge.Curated)
            {
                json.WriteString("curated", edge.Why ?? "");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Entities(
        Utf8JsonWriter json, string name, KnowledgeGraph graph, NodeKind kind, Dictionary<string, string> ids,
        List<GraphEdge> statements, Action<GraphNode> properties)
    {
        json.WriteStartArray(name);
        foreach (var node in graph.NodesOf(kind))
        {
            json.WriteStartObject();
            json.WriteString("id", ids[node.Id]);
            properties(node);
            json.WriteStartArray("paragraphs");
            foreach (var paragraph in statements.Where(e => e.Source == node.Id || e.Target == node.Id || e.Issue == node.Id)
                .Select(e => e.Paragraph).OfType<int>().Distinct().Order())
            {
                json.WriteNumberValue(paragraph);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
