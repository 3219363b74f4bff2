using System.Text.Encodings.Web;
using System.Text.Json;

namespace UprGraph.Export.Json;

/// <summary>
/// The graph.json contract (node-link JSON): <c>{"schemaVersion": 2, "generator": "UprGraph", "nodes": [...], "edges": [...]}</c>.
/// A node has <c>id</c>, <c>kind</c>, <c>name</c> and its label's schema properties that are set; an edge has <c>id</c>,
/// <c>type</c>, <c>source</c>, <c>target</c>, <c>weight</c> and its other relationship properties that are set.
/// Unset values (null, empty lists) are omitted; <c>unattributed</c> is written only when true; a law always has
/// <c>proposed</c>; a country has its ISO code in <c>code</c>. <c>graph-schema/graph.schema.json</c> describes it.
/// </summary>
public static class GraphJsonFormat
{
    public const int SchemaVersion = 2;

    /// <summary>The versions <see cref="GraphJsonReader"/> reads: version 1 lacks what version 2 added, which stays unset.</summary>
    public static IReadOnlyList<int> ReadableVersions { get; } = [1, 2];

    public const string Generator = "UprGraph";

    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
