namespace UprGraph.Neo4j.Tests;

/// <summary>The query files of <c>cypher/</c> and the parameters the tests run them with.</summary>
internal static class QueryFiles
{
    public static IReadOnlyDictionary<string, Dictionary<string, object?>> Parameters { get; } =
        new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal)
        {
            ["top-laws.cypher"] = new() { ["limit"] = 10 },
            ["top-laws-graph.cypher"] = new() { ["limit"] = 5 },
            ["top-articles.cypher"] = new() { ["limit"] = 10 },
            ["critics-of-law.cypher"] = new() { ["law"] = "Penal Code" },
            ["laws-by-issue.cypher"] = new() { ["issue"] = null },
            ["co-criticism.cypher"] = new() { ["minShared"] = 1, ["limit"] = 25 },
            ["laws-across-documents.cypher"] = new() { ["minDocuments"] = 2 },
        };

    public static string Text(string name) => File.ReadAllText(RepoRoot.File("cypher", name));

    /// <summary>Every query file but the schema scripts.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(RepoRoot.File("cypher"), "*.cypher")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith("schema-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static CypherStatement Statement(string name, Dictionary<string, object?>? parameters = null) =>
        new(Text(name), parameters ?? Parameters[name], name);
}
