using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Splits a subject into the names of its speakers. "Full Name (ABBR)" pairs are taken out first and stand for their
/// abbreviation; what remains is split at commas and "and". A split that leaves a lone capitalised word
/// ("The Howard Center for Family, Religion and Society") means the commas were inside one name, so the subject stays whole.
/// </summary>
public static partial class SubjectNames
{
    /// <summary>
    /// The names of a subject, split once per subject: the summaries name the same speakers again and again ("JS7",
    /// "Amnesty International (AI) and JS3"). A bounded cache, emptied when full; its lists are read only.
    /// </summary>
    public static (IReadOnlyList<string> Names, IReadOnlyDictionary<string, string> Definitions) Split(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (s_split.TryGetValue(subject, out var known))
        {
            return known;
        }

        var (names, definitions) = SplitNew(subject);
        var split = ((IReadOnlyList<string>)names.ToArray().AsReadOnly(), (IReadOnlyDictionary<string, string>)new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>(definitions, StringComparer.Ordinal)));
        if (s_split.Count >= MaxCached)
        {
            s_split.Clear();
        }

        s_split[subject] = split;
        return split;
    }

    private const int MaxCached = 20_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (IReadOnlyList<string>, IReadOnlyDictionary<string, string>)> s_split = new(StringComparer.Ordinal);

    private static (IReadOnlyList<string> Names, IReadOnlyDictionary<string, string> Definitions) SplitNew(string subject)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (subject.AsSpan().IndexOfAny('(', ',') < 0 && !subject.Contains(" and ", StringComparison.Ordinal))
        {
            // One name, the usual case: "JS7", "Amnesty International".
            var single = StripLeading(subject.Trim());
            return (single.Length > 0 ? [single] : [], definitions);
        }

        var placeholders = new List<string>();
        var text = !subject.Contains('(', StringComparison.Ordinal) ? subject : Definition().Replace(subject, m =>
        {
            var name = Leading().Replace(m.Groups["name"].Value.Trim(), "");
            var prefix = "";
            var split = AbbreviationAnd().Match(name);
            if (split.Success)
            {
                prefix = split.Groups["left"].Value + " and ";
                name = Leading().Replace(split.Groups["right"].Value, "");
            }

            var abbreviation = Leading().Replace(m.Groups["abbr"].Value.Trim(), "");
            if (abbreviation.Length == 0 || name.Length == 0 || !char.IsUpper(name[0]))
            {
                return m.Value;
            }

            definitions[abbreviation] = name;
            placeholders.Add(abbreviation);
            return m.Groups["lead"].Value + prefix + "\u0001" + (placeholders.Count - 1) + "\u0001";
        });

        var parts = Separators().Split(text)
            .Select(p => StripLeading(p.Trim()).Trim())
            .Where(p => p.Length > 0)
            .ToList();
        var restore = (string p) => !p.Contains('\u0001', StringComparison.Ordinal) ? p
            : Placeholder().Replace(p, m => placeholders[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        if (parts.Count > 1 && parts.Any(p => !p.Contains('\u0001', StringComparison.Ordinal) && IsLoneWord(p)))
        {
            return ([restore(StripLeading(text.Trim()))], definitions);
        }

        return (parts.Select(restore).ToList(), definitions);
    }

    private static readonly HashSet<string> s_nameConnectors = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "to", "on", "in", "against", "without", "with", "de", "des", "la", "le", "du", "y", "&", "at", "from",
    };

    /// <summary>
    /// A speaker's name: at most twelve words, capitalised but for connectors ("Lawyers for Lawyers") and a lower-case
    /// last word ("Kok team", "Jubilee campaign", "Reporters without borders"); no verb, no clause.
    /// </summary>
    public static bool IsNameLike(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12 || !(char.IsUpper(words[0][0]) || char.IsDigit(words[0][0]) || words[0][0] is '“' or '"'))
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            var capital = char.IsUpper(w[0]) || char.IsDigit(w[0]) || w[0] is '“' or '"' or '(' or '‘';
            if (!capital && !s_nameConnectors.Contains(w) && i != words.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"The Ombudsman" -> "Ombudsman", "Both AI and HRW" -> "AI and HRW" (without a regular expression: the common case).</summary>
    public static string StripLeading(string name)
    {
        foreach (var word in s_leadingWords)
        {
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal))
            {
                return name[word.Length..].TrimStart();
            }
        }

        return name;
    }

    private static readonly string[] s_leadingWords = ["The ", "the ", "Both ", "both "];

    /// <summary>
    /// A cheap first look: a subject of names has no lower-case word outside brackets and quotes but connectors and
    /// the last word of a name ("A key barrier to inclusive education was ..." is a clause, not names).
    /// </summary>
    public static bool CouldBeNames(string subject)
    {
        var depth = 0;
        var wordStart = -1;
        var lowercaseWords = 0;
        for (var i = 0; i <= subject.Length; i++)
        {
            var c = i < subject.Length ? subject[i] : ' ';
            if (c is '(' or '“')
            {
                depth++;
            }
            else if (c is ')' or '”' && depth > 0)
            {
                depth--;
            }

            var letter = char.IsLetterOrDigit(c) || c is '-' or '’' or '\'' or '/' or '.' or '&';
            if (letter && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!letter && wordStart >= 0)
            {
                if (depth == 0 && char.IsLower(subject[wordStart]) && !s_nameConnectors.Contains(subject[wordStart..i]) && ++lowercaseWords > 2)
                {
                    return false;
                }

                wordStart = -1;
            }
        }

        return true;
    }

    private static bool IsLoneWord(string part) =>
        !part.Contains(' ', StringComparison.Ordinal) && part.Length > 1 && char.IsUpper(part[0]) && part.Skip(1).Any(char.IsLower) && !part.Any(char.IsDigit);

    // "Name (ABBR)": the name runs back over capitalised words, quotes and inner connectors, and stops at a comma,
    // at the start, or at an "and" that follows an abbreviation ("JS7 and Lawyers for Lawyers (L4L)").
    [GeneratedRegex(@"(?<lead>^|,\s*|\s+and\s+)(?<name>(?:[Tt]he\s+)?[\p{Lu}“""][^,()]*?)\s*\((?<abbr>(?:the\s+)?[^()]{1,40})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    // "JS4 and Joint Submission 2", "Reporters without borders and Joint Submission 5": the definition starts after the "and".
    [GeneratedRegex(@"^(?<left>.+?)\s+and\s+(?<right>Joint [Ss]ubmission \d+)$|^(?<left>(?:.*\s)?[\p{Lu}\d/&-]{2,})\s+and\s+(?<right>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationAnd();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:[Tt]he|[Bb]oth)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex("\u0001(\\d+)\u0001", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
