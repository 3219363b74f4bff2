namespace UprGraph.Export.GraphML;

/// <summary>
/// One GraphML <c>&lt;key&gt;</c>: its id, whether it is for nodes or edges, the attribute name readers show and its
/// GraphML type (<c>string</c>, <c>int</c>, <c>boolean</c>).
/// </summary>
public sealed record GraphMLKey(string Id, string For, string Name, string Type);
