using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// The line shapes of the summaries' section structure: "II. Information provided by stakeholders",
/// "B. National human rights framework", "1. Cross-cutting issues", thematic headings ("Right to health104"), and the
/// standard headings of the OHCHR template, used to tell a heading's second line from a new heading.
/// </summary>
public static partial class HeadingShapes
{
    private static readonly string[] s_templateHeadings =
    [
        "background",
        "information provided by stakeholders",
        "information provided by the national human rights institution accredited in full compliance with the paris principles",
        "information provided by other stakeholders",
        "scope of international obligations and cooperation with international human rights mechanisms and bodies",
        "scope of international obligations and cooperation with human rights mechanisms",
        "national human rights framework",
        "implementation of international human rights obligations, taking into account applicable international humanitarian law",
        "promotion and protection of human rights",
        "cross-cutting issues",
        "civil and political rights",
        "economic, social and cultural rights",
        "rights of specific persons or groups",
        "background and framework",
        "scope of international obligations",
        "constitutional and legislative framework",
        "institutional and human rights infrastructure",
        "institutional and human rights infrastructure and policy measures",
        "policy measures",
        "promotion and protection of human rights on the ground",
        "cooperation with human rights mechanisms",
        "implementation of international human rights obligations",
        "achievements, best practices, challenges and constraints",
        "key national priorities",
        "capacity-building and technical assistance",
        "information provided by the accredited national human rights institution of the state under review in full compliance with the paris principles",
        "information provided by other stakeholders",
    ];

    private static readonly HashSet<string> s_connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "the", "with", "to", "in", "for", "on", "into", "taking", "including", "or", "a", "an", "against", "by",
    };

    [GeneratedRegex(@"^(?<n>I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(?<text>[A-Z].*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>[A-H])\.\s+(?<text>[A-Z].*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Letter();

    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s+(?<text>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Numbered();

    [GeneratedRegex(@"[.!?][”’""')]*(?:\s?\d{1,3})?$|[.!?][”’""')]*\s*\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    /// <summary>True when a line ends a sentence, with or without a footnote mark after it.</summary>
    public static bool EndsSentence(string line) => SentenceEnd().IsMatch(line);

    /// <summary>A heading's text: capitalised, short, without a sentence's final punctuation.</summary>
    public static bool IsHeadingText(string text) => IsHeadingText(text, 120, 18);

    /// <summary>A heading's text of at most <paramref name="maxLength"/> characters and fewer than <paramref name="maxSpaces"/> spaces.</summary>
    public static bool IsHeadingText(string text, int maxLength, int maxSpaces)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = text.AsSpan().TrimEnd().TrimEnd(s_digits).TrimEnd();
        if (stripped.Length == 0 || stripped.Length > maxLength || !char.IsUpper(stripped[0]))
        {
            return false;
        }

        return ".;:,!?".IndexOf(stripped[^1]) < 0 && stripped.Count(' ') < maxSpaces;
    }

    private static readonly char[] s_digits = "0123456789".ToCharArray();

    /// <summary>True when <paramref name="line"/> carries on the heading <paramref name="heading"/> over a line break.</summary>
    public static bool ContinuesHeading(string heading, string line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        if (char.IsLower(line[0]))
        {
            return true;
        }

        var last = heading.TrimEnd().Split(' ')[^1];
        if (heading.TrimEnd().EndsWith(',') || s_connectors.Contains(last))
        {
            return true;
        }

        var joined = (heading.TrimEnd() + " " + line.TrimEnd().TrimEnd(s_digits)).ToLowerInvariant();
        return s_templateHeadings.Any(h => h.StartsWith(joined, StringComparison.Ordinal));
    }
}
