using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Finds who speaks in a sentence of a summary: the subject before a reporting verb at the start of the sentence
/// (after adverbials such as "In 2016," or "However,"), "According to X,", "X made similar observations", pronouns,
/// and passive recommendations ("Ruritania was recommended to", "It was also recommended"). The subject is split into
/// names ("IBAHRI, International Commission of Jurists (ICJ), JS7 and Lawyers for Lawyers (L4L)"), keeping a name
/// that contains commas whole ("The Howard Center for Family, Religion and Society").
/// </summary>
public sealed partial class SourceParser(string countryName, SpeakerCues cues)
{
    private static readonly Lazy<SpeakerCues> s_defaultCues = new(() => new SpeakerCues(Vocabulary.GenreVocabulary.Default));

    /// <summary>A parser with the built-in vocabulary's cues.</summary>
    public SourceParser(string countryName)
        : this(countryName, s_defaultCues.Value)
    {
    }

    /// <summary>The verbs of <see cref="Passive"/>: it cannot match a sentence without one of them.</summary>
    private static readonly System.Buffers.SearchValues<string> s_passiveVerbs = System.Buffers.SearchValues.Create(
        ["recommended", "urged", "encouraged", "called upon", "requested", "invited", "advised", "asked"], StringComparison.Ordinal);

    /// <summary>What <see cref="SimilarObservations"/> holds: it cannot match a sentence without one of each list.</summary>
    private static readonly System.Buffers.SearchValues<string> s_similarWords = System.Buffers.SearchValues.Create(["similar", "same", "comparable"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> s_similarObjects = System.Buffers.SearchValues.Create(
        ["observation", "concern", "point", "information", "recommendation", "remark"], StringComparison.Ordinal);

    /// <summary>How <see cref="ImpersonalReport"/> starts: it cannot match a sentence that starts otherwise.</summary>
    private static readonly string[] s_impersonalStarts = ["It", "it", "Concern", "Serious concern", "Deep concern", "Alarm", "Regret"];

    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "she", "he", "the latter", "the former", "both" };

    private static readonly HashSet<string> s_stateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the government", "government", "the state", "the authorities", "authorities", "the country", "the state party",
    };

    public SourceClause Parse(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = StripAdverbials(sentence);
        var offset = sentence.Length - text.Length;
        var clause = ParseStripped(text);
        return clause.SubjectEnd > 0 ? clause with { SubjectEnd = clause.SubjectEnd + offset } : clause;
    }

    private SourceClause ParseStripped(string text)
    {
        var similar = text.AsSpan().IndexOfAny(s_similarWords) >= 0 && text.AsSpan().IndexOfAny(s_similarObjects) >= 0
            ? SimilarObservations().Match(text)
            : Match.Empty;
        if (similar.Success)
        {
            return Clause(SourceKind.SimilarObservations, similar.Groups["subject"].Value, "made similar observations") with { SubjectEnd = similar.Length };
        }

        var similarBy = (text.StartsWith("Similar ", StringComparison.Ordinal) || text.StartsWith("The same ", StringComparison.Ordinal) || text.StartsWith("Comparable ", StringComparison.Ordinal))
            ? SimilarObservationsBy().Match(text) : Match.Empty;
        if (similarBy.Success)
        {
            // "Similar concerns were expressed by Amnesty International and YLBHI."
            return Clause(SourceKind.SimilarObservations, similarBy.Groups["subject"].Value, "made similar observations") with { SubjectEnd = similarBy.Length };
        }

        // The anchored patterns are tried only on the sentences that start as they must.
        var according = text.StartsWith("According to ", StringComparison.Ordinal) || text.StartsWith("according to ", StringComparison.Ordinal)
            ? According().Match(text)
            : Match.Empty;
        if (according.Success)
        {
            var clause = Clause(SourceKind.According, according.Groups["subject"].Value, "according to");
            return clause.Names.Count > 0 && clause.Names.All(SubjectNames.IsNameLike) ? clause with { SubjectEnd = according.Length } : SourceClause.Nobody;
        }

        // Anchored at the start, over a short subject; tried only when one of its verbs stands in the sentence.
        var passive = text.AsSpan().IndexOfAny(s_passiveVerbs) >= 0 ? Passive().Match(text) : Match.Empty;
        if (passive.Success && IsStateOrPronoun(passive.Groups["subject"].Value))
        {
            return new SourceClause(SourceKind.Passive, [], passive.Groups["verb"].Value);
        }

        // "It was noted that ...", "Concern was also expressed about ...": nobody named; the closing footnote says who.
        var impersonal = StartsWithAny(text, s_impersonalStarts) ? ImpersonalReport().Match(text) : Match.Empty;
        if (impersonal.Success && (impersonal.Groups["concern"].Success || cues.Verbs.IsVerb(impersonal.Groups["verb"].Value)))
        {
            return new SourceClause(SourceKind.Passive, [], impersonal.Groups["verb"].Value) { SubjectEnd = impersonal.Length };
        }

        // A subject is a few names long: the reporting verb stands near the start.
        var (at, verb) = cues.Verbs.Find(text, 320);
        if (verb is null || at <= 0)
        {
            return SourceClause.Nobody;
        }

        var subject = WithoutTrailingAdverbs(text[..at]);
        if (subject.Length == 0 || subject.AsSpan().Count(' ') >= 24)
        {
            return SourceClause.Nobody;
        }

        var including = Including().Match(subject);
        if (including.Success && cues.Unnamed.IsMatch(including.Groups["unnamed"].Value.Trim()))
        {
            // "Several stakeholders, including AI and JS4, noted ...": the names given win over the footnote.
            var clause = Clause(SourceKind.Named, including.Groups["names"].Value.Trim().TrimEnd(','), verb) with { SubjectEnd = at };
            if (clause.Names.Count > 0 && clause.Names.All(SubjectNames.IsNameLike))
            {
                return clause;
            }
        }

        if (cues.Unnamed.IsMatch(subject))
        {
            // "Several submissions noted ...": nobody named; the closing footnote says who ("Two submissions": two of them).
            return new SourceClause(SourceKind.Passive, [], verb) { SubjectEnd = at, Count = CountOf(subject) };
        }

        if (s_pronouns.Contains(subject))
        {
            return new SourceClause(SourceKind.Pronoun, [], verb);
        }

        if (IsStateOrPronoun(subject))
        {
            return SourceClause.Nobody;
        }

        if (!SubjectNames.CouldBeNames(subject))
        {
            return SourceClause.Nobody;
        }

        var named = Clause(SourceKind.Named, subject, verb) with { SubjectEnd = at };
        return named.Names.Count > 0 && named.Names.All(SubjectNames.IsNameLike) ? named : SourceClause.Nobody;
    }

    private static readonly Dictionary<string, int> s_numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["both"] = 2,
    };

    /// <summary>"Two submissions" = 2, "3 stakeholders" = 3; null when the subject does not count ("Several submissions").</summary>
    private static int? CountOf(string subject)
    {
        var first = subject.Split(' ', 2)[0];
        return s_numbers.TryGetValue(first, out var n) ? n
            : int.TryParse(first, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits) && digits is > 0 and < 50 ? digits : null;
    }

    private static readonly HashSet<string> s_trailingAdverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "furthermore", "meanwhile", "however", "particular", "specifically", "moreover", "additionally",
        "similarly", "likewise", "again", "strongly", "therefore", "equally", "particularly", "had", "has", "have", "and",
    };

    /// <summary>"JS9 also" -> "JS9", "EAJW) meanwhile" -> "EAJW)", "CoE-ACFC and CoE-CoM and" -> "CoE-ACFC and CoE-CoM".</summary>
    private static string WithoutTrailingAdverbs(string subject)
    {
        var text = subject.TrimEnd().TrimEnd(',').TrimEnd();
        while (true)
        {
            var space = text.LastIndexOf(' ');
            if (space < 0)
            {
                return text;
            }

            var last = text[(space + 1)..];
            if (!s_trailingAdverbs.Contains(last))
            {
                return text;
            }

            text = text[..space].TrimEnd();
            if (last == "particular" && text.EndsWith(" in", StringComparison.Ordinal))
            {
                text = text[..^3].TrimEnd();
            }
        }
    }

    private bool IsStateOrPronoun(string subject)
    {
        var s = subject.Trim();
        return s_pronouns.Contains(s) || s_stateWords.Contains(s) || s.Equals(countryName, StringComparison.OrdinalIgnoreCase)
            || s.Equals("the " + countryName, StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithAny(string text, string[] starts)
    {
        foreach (var start in starts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripAdverbials(string sentence)
    {
        var text = sentence;
        while (true)
        {
            var match = LeadingAdverbial().Match(text);
            if (!match.Success || match.Length == 0)
            {
                return text;
            }

            text = text[match.Length..];
        }
    }

    private static SourceClause Clause(SourceKind kind, string subject, string verb)
    {
        var (names, definitions) = SubjectNames.Split(subject);
        return new SourceClause(kind, names, verb) { Definitions = definitions };
    }

    [GeneratedRegex(@"^(?:(?:In|By|Since|During|As of|From|Between|Over|Until|After|Before|On|Throughout)\s[^,]{1,60},\s*|(?:However|Moreover|Furthermore|Meanwhile|Additionally|In addition|Further|Finally|Similarly|Likewise|Nevertheless|Consequently|In particular|In this regard|In that regard|In this context|In practice|At the same time|Notably|Specifically|More specifically|Also|Thus|Therefore|Accordingly|Lastly|Besides),?\s+|Noting\s[^,]{3,200},\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAdverbial();

    [GeneratedRegex(@"^(?<subject>.{2,200}?)\s+(?:also\s+|further\s+|had\s+)?(?:made|expressed|raised|shared|echoed|provided)\s+(?:an?\s+)?(?:similar|the same|comparable)\s+(?:observations?|concerns?|points?|information|recommendations?|remarks?)", RegexOptions.CultureInvariant)]
    private static partial Regex SimilarObservations();

    [GeneratedRegex(@"^(?:Similar|The same|Comparable)\s+(?:observations?|concerns?|points?|recommendations?|remarks?)\s+(?:were|was)\s+(?:also\s+)?(?:made|expressed|raised|shared|voiced)\s+by\s+(?<subject>[^,;:]{2,200}?)(?=\s*[.;]?\s*$|,\s+(?:who|which)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SimilarObservationsBy();

    [GeneratedRegex(@"^(?:It|it)\s+(?:was|were|has been|had been|is)\s+(?:also\s+|further\s+|however\s+)?(?<verb>\p{Ll}+ed)\b|^(?<concern>Concerns?|Serious concerns?|Deep concern|Alarm|Regret)\s+(?:was|were|has been|have been|had been)\s+(?:also\s+|further\s+)?(?<verb>expressed|raised|voiced|noted|reported)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImpersonalReport();

    [GeneratedRegex(@"^(?<unnamed>[^,]{3,60}),\s+(?:including|among them|among which|in particular|notably|such as)\s+(?<names>.+?),?$", RegexOptions.CultureInvariant)]
    private static partial Regex Including();

    [GeneratedRegex(@"^[Aa]ccording to (?<subject>[^,]{2,160}),", RegexOptions.CultureInvariant)]
    private static partial Regex According();

    [GeneratedRegex(@"^(?<subject>[\p{L}’' -]{2,60}?)\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+|further\s+|strongly\s+|again\s+)?(?<verb>recommended|urged|encouraged|called upon|requested|invited|advised|asked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();
}
