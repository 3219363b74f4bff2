namespace UprGraph.Graph;

/// <summary>
/// Node and edge ids. Deterministic: the same input always gives the same ids. Laws and articles belong to a country,
/// joint submissions to their document; named organisations, treaties and issues are global.
/// </summary>
public static class DocumentIds
{
    public static string Document(string symbol) => "doc:" + symbol;

    public static string Country(string code) => "country:" + code;

    public static string Stakeholder(string slug) => "stakeholder:" + slug;

    /// <summary>A joint submission ("JS7") is only meaningful within its document.</summary>
    public static string JointSubmission(string symbol, string abbreviation) => $"stakeholder:{symbol}#{abbreviation}";

    public static string Law(string country, string slug) => $"law:{country}:{slug}";

    public static string Article(string lawId, string number) => $"article:{lawId["law:".Length..]}/{number}";

    public static string Treaty(string slug) => "treaty:" + slug;

    public static string Issue(string slug) => "issue:" + slug;

    public static string Edge(string type, string source, string target, string? document = null, int? paragraph = null) =>
        document is null ? $"{type}|{source}|{target}" : $"{type}|{source}|{target}|{document}|{paragraph}";
}
