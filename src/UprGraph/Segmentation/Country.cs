namespace UprGraph.Segmentation;

/// <summary>A UN member state: ISO alpha-3 code, UN short name, other names found in running text.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> OtherNames);
