using System.Text.RegularExpressions;

namespace UprGraph.Evaluation;

/// <summary>
/// How the reference scorer (<c>shared/gold/score.py</c>) normalises names: lower case; footnote digits glued to a word,
/// punctuation, years and a leading "the" dropped; "JS 7" = "JS7". Tokens leave out stop words and the names of the
/// states under review, so "Marriage and Family Code of Kazakhstan" and "Marriage and Family Code" share their tokens.
/// </summary>
public static partial class ScorerNames
{
    /// <summary>The reference's stop words, the gold documents' states included; a graph adds its own countries' names.</summary>
    public static IReadOnlySet<string> BaseStopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "of", "on", "and", "a", "an", "in", "s", "republic", "state", "its",
        "kazakhstan", "barbados", "afghanistan", "slovenia", "paraguay",
        "kazakh", "barbadian", "afghan", "slovenian", "paraguayan",
    };

    public static string Normalise(string? text)
    {
        var s = (text ?? "").ToLowerInvariant();
        s = GluedFootnote().Replace(s, "$1");
        s = Punctuation().Replace(s, " ");
        s = Year().Replace(s, " ");
        s = JointSubmission().Replace(s, "js$1");
        s = Spaces().Replace(s, " ").Trim();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    public static HashSet<string> Tokens(string? text, IReadOnlySet<string> stopWords) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !stopWords.Contains(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of a country's name that join the stop words: runs of a-z longer than two letters.</summary>
    public static IEnumerable<string> CountryWords(string name) =>
        Letters().Matches(name.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2);

    [GeneratedRegex(@"\b([a-z]{4,})\d+\b")]
    private static partial Regex GluedFootnote();

    [GeneratedRegex(@"[\u2018\u2019\u201c\u201d""'`.,;:()\[\]/\-\u2013\u2014]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\bjs\s+(\d+)\b")]
    private static partial Regex JointSubmission();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Letters();
}
