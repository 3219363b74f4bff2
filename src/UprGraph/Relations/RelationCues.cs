using System.Text.RegularExpressions;

namespace UprGraph.Relations;

/// <summary>
/// The words of the genre that signal a relation: where a recommendation starts, the action it asks for (amend,
/// repeal, adopt, ratify), words that state a problem (criticism), and anaphora that carry a statement on
/// ("Such cases", "These provisions").
/// </summary>
public static partial class RelationCues
{
    /// <summary>Where the sentence starts recommending, or -1.</summary>
    public static int RecommendationStart(string sentence)
    {
        // Every cue starts with one of these: find the first cheaply, then confirm it with the expression from there.
        var first = sentence.AsSpan().IndexOfAny(s_recommendationStarts);
        if (first < 0)
        {
            return -1;
        }

        var match = Recommendation().Match(sentence, first);
        return match.Success ? match.Index : -1;
    }

    private static readonly System.Buffers.SearchValues<string> s_recommendationStarts = System.Buffers.SearchValues.Create(
        ["recommend", "urg", "called", "encourag", "invited", "requested", "hoped", "should", "need", "in need", "require"],
        StringComparison.Ordinal);

    /// <summary>The action verb nearest before <paramref name="end"/> from <paramref name="start"/>: its relation type, word and offset.</summary>
    public static (string? Type, string? Word, int At) ActionBefore(string sentence, int start, int end)
    {
        string? type = null;
        string? word = null;
        var at = -1;
        foreach (Match match in Action().Matches(sentence[..end], start))
        {
            type = TypeOf(match);
            word = match.Value;
            at = match.Index;
        }

        return (type, word, at);
    }

    /// <summary>"the Code be amended", "the Law is repealed": the action stated after the target.</summary>
    public static (string? Type, string? Word, int At) ActionAfter(string sentence, int start)
    {
        var match = PassiveAction().Match(sentence, start);
        if (!match.Success || match.Index > start + 12)
        {
            return (null, null, -1);
        }

        var verb = match.Groups["verb"];
        var action = Action().Match(verb.Value);
        return action.Success ? (TypeOf(action), action.Value, verb.Index + action.Index) : (null, null, -1);
    }

    /// <summary>The first word that states a problem, or null.</summary>
    public static string? Negative(string text) => ProblemWords.Find(text).Word;

    /// <summary>The first word that states a problem and where it starts in <paramref name="text"/>; (null, -1) when there is none.</summary>
    public static (string? Word, int At) NegativeAt(string text)
    {
        var (index, word) = ProblemWords.Find(text);
        return (word, index);
    }

    /// <summary>A problem stated inside a recommendation: "the exclusive powers of prosecutors violating the principle of equality".</summary>
    public static bool StrongProblem(string text) => Strong().IsMatch(text);

    public static bool HasAnaphora(string sentence) => Anaphora().IsMatch(sentence);

    /// <summary>"the Prisons (Amendment) Act 2015 repealed the provisions ...": an act that did away with something is not criticised for it.</summary>
    public static bool RepealsSomething(string sentence, int end) => Repealing().IsMatch(sentence, end);

    /// <summary>"The Government must ban ...": a sentence that says what should be, not what is.</summary>
    public static bool IsPrescriptive(string sentence) => Prescriptive().IsMatch(sentence) || RecommendationStart(sentence) >= 0;

    /// <summary>The sentence without its "had not been adopted" phrases, whose "not" is about an act not in force.</summary>
    public static string WithoutNotAdopted(string sentence) =>
        sentence.Contains(" not ", StringComparison.Ordinal) ? NotAdopted().Replace(sentence, m => new string(' ', m.Length)) : sentence;

    /// <summary>"a Juvenile Justice Act had not been adopted": the acts named just before are not in force.</summary>
    public static List<int> NotAdoptedAt(string sentence) =>
        sentence.Contains(" not ", StringComparison.Ordinal) ? NotAdopted().Matches(sentence).Select(m => m.Index).ToList() : [];

    private static string? TypeOf(Match match) =>
        match.Groups["amend"].Success ? Model.RelationTypes.RecommendsAmending
        : match.Groups["repeal"].Success ? Model.RelationTypes.RecommendsRepealing
        : match.Groups["adopt"].Success ? Model.RelationTypes.RecommendsAdopting
        : match.Groups["ratify"].Success ? Model.RelationTypes.RecommendsRatifying
        : null;

    [GeneratedRegex(@"\b(?:recommended|recommends|recommending|recommendations? (?:for|to|that)|urged|urges|urging|called (?:on|upon|for)|encouraged|encourages|invited|requested|hoped that|should|needs? to be|needed to be|needs? for|in need of|needs? (?:amendment|revision|harmoni[sz]ation|improvement)|requires? (?:amendment|revision|harmoni[sz]ation|improvement))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"(?<ratify>\b(?:ratif\w*|accede|acceding|accession to|become (?:a )?party)\b)|(?<repeal>\b(?:repeal\w*|rescind\w*|abolish\w*|remov\w*|revok\w*|annul\w*|abrogat\w*|decriminali[sz]\w*|withdraw\w*|strike down|striking down)\b)|(?<amend>\b(?:amend\w*|review\w*|revis\w*|align\w*|harmoni[sz]\w*|reform\w*|modif\w*|chang(?:e|es|ing)|updat\w*|improv\w*|exclud\w*|adding|add|bring\w*|brought|clarif\w*|complement\w*|reconsider\w*)\b)|(?<adopt>\b(?:adopt\w*|enact\w*|draft\w*|develop\w*|pass|passing|introduc\w*|elaborat\w*|accelerat\w*)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Action();

    [GeneratedRegex(@"\G\s*,?\s*(?:should\s+|must\s+|to\s+|needs?\s+to\s+|needed\s+to\s+|ought\s+to\s+)?(?:be|is|are)\s+(?:\w+\s+)?(?<verb>amended|repealed|revised|reviewed|abolished|rescinded|harmoni[sz]ed|aligned|brought|modified|changed|removed|improved|updated)", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAction();

    [GeneratedRegex(@"\b(?:violat\w*|in violation of|in breach of|discriminat\w*|unconstitutional|incompatible with|contrary to|arbitrar\w*|excessive\w*)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    [GeneratedRegex(@"\b(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]his|[Tt]he said|[Tt]he above)\s+(?:\w+\s+)?(?:cases|provisions?|norms|rules|article|law|laws|amendments?|legislation|measures|offences|offenses|crimes|restrictions|requirements|changes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Anaphora();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:has|have|had)\s+)?(?:repealed|abolished|decriminali[sz]ed|removed|rescinded|revoked)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Repealing();

    [GeneratedRegex(@"\b(?:must|should|ought to|shall)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Prescriptive();

    [GeneratedRegex(@"\b(?:had|has|have)\s+not\s+(?:yet\s+)?been\s+(?:adopted|enacted|passed)\b|\b(?:was|were)\s+not\s+(?:yet\s+)?(?:adopted|enacted|passed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAdopted();
}
