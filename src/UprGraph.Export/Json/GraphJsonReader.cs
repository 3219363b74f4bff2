using System.Globalization;
using System.Text.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>
/// Reads a graph.json written by <see cref="GraphJsonWriter"/> back into a <see cref="KnowledgeGraph"/> (the CLI's
/// <c>query</c> command uses it). A file without <c>schemaVersion</c> is read as the current version; versions 1 and 2
/// are read (version 1 lacks properties that version 2 added, which stay unset); another version is refused by name.
/// Unknown properties are ignored. A file that breaks the contract (no id, an id twice, an unknown kind, an edge to a
/// missing node) is an <see cref="InputException"/>.
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
            CheckVersion(root, source);
            var builder = new KnowledgeGraphBuilder();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Array(root, "nodes", source))
            {
                var node = GraphJsonNodeReader.Read(item, source);
                builder.AddNode(ids.Add(node.Id) ? node : throw JsonValues.Invalid(source, $"the node id \"{node.Id}\" occurs twice"));
            }

            ids.Clear();
            foreach (var item in Array(root, "edges", source))
            {
                var edge = GraphJsonEdgeReader.Read(item, source);
                builder.AddEdge(ids.Add(edge.Id) ? edge : throw JsonValues.Invalid(source, $"the edge id \"{edge.Id}\" occurs twice"));
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

    private static void CheckVersion(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version))
        {
            return;
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            throw JsonValues.Invalid(source, $"\"schemaVersion\" is {version.GetRawText()}, not a version number");
        }

        if (!GraphJsonFormat.ReadableVersions.Contains(number))
        {
            throw InputException.At(source, 1, string.Create(
                CultureInfo.InvariantCulture,
                $"schemaVersion {number} is unknown; this UprGraph reads versions {string.Join(" and ", GraphJsonFormat.ReadableVersions)} (was the file written by a newer UprGraph?)"));
        }
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string source) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw InputException.At(source, 1, $"not a UprGraph graph.json: no \"{name}\" array");
}
