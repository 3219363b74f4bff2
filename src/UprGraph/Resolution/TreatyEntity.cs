namespace UprGraph.Resolution;

/// <summary>An international treaty: global id from its name, with the other names a document gives it.</summary>
public sealed record TreatyEntity(string Id, string Name, IReadOnlyList<string> Aliases);
