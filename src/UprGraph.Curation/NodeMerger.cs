using UprGraph.Model;

namespace UprGraph.Curation;

/// <summary>
/// One node taking in another: the other's name and aliases become aliases, properties the target lacks come from the
/// other; proposed and draft hold only when both were.
/// </summary>
internal static class NodeMerger
{
    public static GraphNode Merge(GraphNode into, GraphNode other, string why) => into with
    {
        Aliases = into.Aliases.Concat(other.Aliases).Append(other.Name)
            .Where(a => !string.Equals(a, into.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList(),
        Abbreviation = into.Abbreviation ?? other.Abbreviation,
        Category = into.Category ?? other.Category,
        Year = into.Year ?? other.Year,
        Country = into.Country ?? other.Country,
        Proposed = into.Proposed && other.Proposed,
        Draft = into.Draft && other.Draft,
        Document = into.Document ?? other.Document,
        Curated = true,
        Why = why,
    };

    /// <summary>The name the extractor gives an article: "article 174 (Criminal Code)".</summary>
    public static string ArticleName(string number, string lawName) => $"article {number} ({lawName})";
}
