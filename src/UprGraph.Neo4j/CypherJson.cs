using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>Writes the request bodies and reads the answers of the HTTP transactional endpoint.</summary>
internal static class CypherJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        // The body is JSON for Neo4j, never HTML: keep quotes, <, >, & and non-ASCII letters as they are (smaller bodies).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary><c>{"statements":[{"statement":..., "parameters":{...}, "includeStats":true}, ...]}</c></summary>
    public static void WriteStatements(Utf8JsonWriter writer, IReadOnlyList<CypherStatement> statements)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            WriteMap(writer, statement.Parameters);
            writer.WriteBoolean("includeStats", true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(writer, map); break;
            case JsonRows rows: writer.WriteRawValue(rows.Utf8.Span, skipInputValidation: true); break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Cypher parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    public static List<CypherResult> ReadResults(JsonElement results)
    {
        var list = new List<CypherResult>();
        foreach (var result in results.EnumerateArray())
        {
            var columns = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
            var rows = result.TryGetProperty("data", out var data)
                ? data.EnumerateArray().Select(d => (IReadOnlyList<JsonElement>)d.GetProperty("row").EnumerateArray().ToList()).ToList()
                : [];
            list.Add(new CypherResult(columns, rows, result.TryGetProperty("stats", out var stats) ? ReadStats(stats) : CypherStats.None));
        }

        return list;
    }

    /// <summary>The first entry of an <c>errors</c> array, if the document has one.</summary>
    public static bool TryReadError(JsonElement document, out string code, out string message)
    {
        code = "";
        message = "";
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return false;
        }

        var first = errors[0];
        code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return true;
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static CypherStats ReadStats(JsonElement stats)
    {
        int Get(string name) => stats.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetInt32()
            : 0;
        return new CypherStats(
            Get("nodes_created"), Get("nodes_deleted"), Get("relationships_created"), Get("relationship_deleted"),
            Get("properties_set"), Get("constraints_added"), Get("indexes_added"));
    }

    public static string Describe(int index, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"statement {index + 1} of {count}");
}
