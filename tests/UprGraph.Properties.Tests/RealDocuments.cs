namespace UprGraph.Properties.Tests;

/// <summary>The repository's summaries (the seed, two development documents, a genre document), read once.</summary>
internal static class RealDocuments
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "Documents"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
        .ToList();
}
