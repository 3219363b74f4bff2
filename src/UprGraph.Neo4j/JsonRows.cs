using System.Buffers;
using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>
/// A parameter value already written as JSON: a batch's rows serialised while the server still writes the batch before,
/// so the request goes out without the client's serialising in between.
/// </summary>
internal sealed class JsonRows
{
    private JsonRows(ReadOnlyMemory<byte> utf8, int count)
    {
        Utf8 = utf8;
        Count = count;
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public int Count { get; }

    public static JsonRows Of(IEnumerable<object?> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var count = 0;
        using (var writer = new Utf8JsonWriter(buffer, CypherJson.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                CypherJson.WriteValue(writer, row);
                count++;
            }

            writer.WriteEndArray();
        }

        return new JsonRows(buffer.WrittenMemory, count);
    }
}
