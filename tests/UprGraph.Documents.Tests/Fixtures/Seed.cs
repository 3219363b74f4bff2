namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>The seed summary (seeds/A-HRC-WG.6-34-KAZ-3.txt), found from the test binaries up to the repository root.</summary>
internal static class Seed
{
    public const string FileName = "A-HRC-WG.6-34-KAZ-3.txt";

    public const string Symbol = "A/HRC/WG.6/34/KAZ/3";

    public static string Path { get; } = Find();

    /// <summary>The seed's printed lines, whitespace-normalised, without the blank lines of its own layout.</summary>
    public static IReadOnlyList<string> Lines { get; } = File.ReadAllLines(Path)
        .Select(TextLines.Normalize)
        .Where(l => l.Length > 0)
        .ToList();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "seeds", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seeds/" + FileName + " not found above " + AppContext.BaseDirectory);
    }
}
