using System.Text.Json.Serialization;

namespace UprGraph.Export.Tests.Readers;

/// <summary>The attribute values a reader must find, per node id and per edge id (edges also carry source and target).</summary>
internal sealed record ExpectedGraph(
    [property: JsonPropertyName("nodes")] Dictionary<string, Dictionary<string, object>> Nodes,
    [property: JsonPropertyName("edges")] Dictionary<string, Dictionary<string, object>> Edges);
