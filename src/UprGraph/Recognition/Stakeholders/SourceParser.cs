using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Finds who speaks in a sentence of a summary: the subject before a reporting verb at the start of the sentence
/// (after adverbials such as "In 2016," or "However,"), "According to X,", "X made similar observations", pronouns,
/// and passive recommendations ("Ruritania was recommended to", "It was also recommended"). The subject is split into
/// names ("IBAHRI, International Commission of Jurists (ICJ), JS7 and Lawyers for Lawyers (L4L)"), keeping a name
/// that contains commas whole ("The Howard Center for Family, Religion and Society").
/// </summary>
public sealed partial class SourceParser(string countryName)
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "she", "he", "the latter", "the former", "both" };

    private static readonly HashSet<string> s_stateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the government", "government", "the state", "the authorities", "authorities", "the country", "the state party",
    };

    public SourceClause Parse(string sentence)
    {
        var text = StripAdverbials(sentence);
        var similar = SimilarObservations().Match(text);
        if (similar.Success)
        {
            return Clause(SourceKind.SimilarObservations, similar.Groups["subject"].Value, "made similar observations");
        }

        var according = According().Match(text);
        if (according.Success)
        {
            var clause = Clause(SourceKind.According, according.Groups["subject"].Value, "according to");
            return clause.Names.Count > 0 && clause.Names.All(SubjectNames.IsNameLike) ? clause : SourceClause.Nobody;
        }

        var passive = Passive().Match(text);
        if (passive.Success && IsStateOrPronoun(passive.Groups["subject"].Value))
        {
            return new SourceClause(SourceKind.Passive, [], passive.Groups["verb"].Value);
        }

        var verb = ReportingVerb().Match(text);
        if (!verb.Success || verb.Index == 0)
        {
            return SourceClause.Nobody;
        }

        var subject = TrailingAdverb().Replace(text[..verb.Index], "").Trim().TrimEnd(',').Trim();
        if (subject.Split(' ').Length > 24)
        {
            return SourceClause.Nobody;
        }

        if (s_pronouns.Contains(subject))
        {
            return new SourceClause(SourceKind.Pronoun, [], verb.Groups["verb"].Value);
        }

        if (IsStateOrPronoun(subject))
        {
            return SourceClause.Nobody;
        }

        var named = Clause(SourceKind.Named, subject, verb.Groups["verb"].Value);
        return named.Names.Count > 0 && named.Names.All(SubjectNames.IsNameLike) ? named : SourceClause.Nobody;
    }

    private bool IsStateOrPronoun(string subject)
    {
        var s = subject.Trim();
        return s_pronouns.Contains(s) || s_stateWords.Contains(s) || s.Equals(countryName, StringComparison.OrdinalIgnoreCase)
            || s.Equals("the " + countryName, StringComparison.OrdinalIgnoreCase);
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

    [GeneratedRegex(@"^(?<subject>.{2,200}?)\s+(?:also\s+|further\s+|had\s+)?(?:made|expressed|raised|shared|echoed|provided)\s+(?:similar|the same|comparable)\s+(?:observations?|concerns?|points?|information|recommendations?|remarks?)", RegexOptions.CultureInvariant)]
    private static partial Regex SimilarObservations();

    [GeneratedRegex(@"^According to (?<subject>[^,]{2,160}),", RegexOptions.CultureInvariant)]
    private static partial Regex According();

    [GeneratedRegex(@"^(?<subject>[\p{L}’' -]{2,60}?)\s+(?:was|were|is|are|has been|have been)\s+(?:also\s+|further\s+|strongly\s+|again\s+)?(?<verb>recommended|urged|encouraged|called upon|requested|invited|advised|asked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\s(?:also\s+|further\s+|furthermore\s+|meanwhile\s+|however\s+|in particular\s+|specifically\s+|moreover\s+|additionally\s+|similarly\s+|likewise\s+|again\s+|strongly\s+|therefore\s+|equally\s+|particularly\s+|had\s+|has\s+|have\s+)*(?<verb>noted|reported|stated|recommended|indicated|observed|highlighted|stressed|emphasi[sz]ed|underlined|underscored|pointed out|added|argued|asserted|claimed|considered|concluded|explained|mentioned|informed|referred|recalled|specified|urged|called (?:on|upon|for)|encouraged|invited|welcomed|regretted|deplored|hoped|reminded|documented|alleged|described|found|affirmed|acknowledged|suggested|proposed|requested|asked|submitted|echoed|confirmed|cited|remarked|warned|lamented|criticized|criticised|condemned|denounced|commended|appreciated|praised|contended|maintained|believed|estimated|revealed|expressed|raised|drew attention|identified|outlined|detailed|insisted|demanded|advocated|said|wrote|added|was concerned|were concerned|was informed|were informed|was of the view|expressed concern|voiced|provided|conducted|presented|agreed|recognized|recognised|reiterated|shared|feared|questioned|pointed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\s+(?:also|further|furthermore|meanwhile|however|in particular|specifically|moreover|and)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdverb();
}
