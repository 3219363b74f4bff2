namespace UprGraph.Tests.Fixtures;

/// <summary>
/// The project's shared material beside the repository (<c>../shared</c>): the gold annotations and the development
/// documents. Tests that need it fail, never skip, when it is missing.
/// </summary>
internal static class SharedFiles
{
    public static string Root { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryFiles.Root, "..", "shared"));

    /// <summary>The seed and the development documents, each with its gold file.</summary>
    public static IReadOnlyList<(string Document, string Gold)> GoldDocuments { get; } =
    [
        ("seeds/000_de0f66b6cb9a8a0e.txt", "gold/seed-gold.json"),
        ("dev-docs/A-HRC-WG.6-29-BRB-3.txt", "gold/BRB-29-gold.json"),
        ("dev-docs/A-HRC-WG.6-32-AFG-3.txt", "gold/AFG-32-gold.json"),
        ("dev-docs/A-HRC-WG.6-48-SVN-3.txt", "gold/SVN-48-gold.json"),
        ("dev-docs/A-HRC-WG.6-52-PRY-3.txt", "gold/PRY-52-gold.json"),
    ];

    public static string Path(string relative)
    {
        var path = System.IO.Path.Combine(Root, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: the tests need the shared gold and development documents beside the repository (../shared).", path);
        }

        return path;
    }
}
