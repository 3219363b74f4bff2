using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>
/// Reads a graph.json written by <see cref="GraphJsonWriter"/> back into a <see cref="KnowledgeGraph"/> (the CLI's
/// <c>query</c> command uses it). Unknown properties are ignored, so newer files still load; a file that breaks the
/// contract (no id, an unknown kind, an edge to a missing node) is an <see cref="InputException"/>.
/// </summary>
public static class GraphJsonReader
{
    public static KnowledgeGraph ReadFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (IOException e)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }
    }

    /// <param name="stream">The graph.json text.</param>
    /// <param name="source">The file name used in error messages.</param>
    public static KnowledgeGraph Read(Stream stream, string source = "graph.json")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw InputException.At(source, (int)(e.LineNumber ?? 0) + 1, "not valid JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            var builder = new KnowledgeGraphBuilder();
            foreach (var node in Array(root, "nodes", source))
            {
                builder.AddNode(GraphJsonNodeReader.Read(node, source));
            }

            foreach (var edge in Array(root, "edges", source))
            {
                builder.AddEdge(GraphJsonEdgeReader.Read(edge, source));
            }

            try
            {
                return builder.Build();
            }
            catch (InvalidOperationException e)
            {
                throw InputException.At(source, 1, "not a UprGraph graph.json: " + e.Message);
            }
        }
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string source) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw InputException.At(source, 1, $"not a UprGraph graph.json: no \"{name}\" array");
}
