using System.Text.RegularExpressions;
using UprGraph.Vocabulary;

namespace UprGraph.Relations;

/// <summary>
/// The words of the genre that signal a relation, built once from the vocabulary's lists: where a recommendation
/// starts (<c>recommendation-cues</c>), the action it asks for (<c>ratifying-</c>, <c>repealing-</c>, <c>amending-</c>,
/// <c>adopting-verbs</c>, <c>passive-actions</c>), words that state a problem (<c>problem-cues</c>,
/// <c>strong-problem-cues</c>), an act that did away with something (<c>abolishing-verbs</c>), and anaphora that carry a
/// statement on (<c>anaphora-nouns</c>: "Such cases", "These provisions").
/// </summary>
public sealed partial class RelationCues
{
    private readonly Regex _recommendation;
    private readonly System.Buffers.SearchValues<string> _recommendationStarts;
    private readonly int _longestLead;
    private readonly Regex _action;
    private readonly Regex _passiveAction;
    private readonly Regex _strong;
    private readonly Regex _anaphora;
    private readonly Regex _repealing;

    public RelationCues(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var cues = vocabulary[VocabularyLists.RecommendationCues];
        _recommendation = CuePattern.Words(cues);
        // Every cue holds its longest word: find the first of those cheaply, then confirm with the expression from there.
        var longest = cues.Select(c => (Cue: c, Word: c.Split(' ').OrderByDescending(w => w.Length).First())).ToList();
        _recommendationStarts = System.Buffers.SearchValues.Create(longest.Select(l => l.Word.TrimEnd('*')).Distinct().ToArray(), StringComparison.Ordinal);
        _longestLead = longest.Count == 0 ? 0 : longest.Max(l => l.Cue.IndexOf(l.Word, StringComparison.Ordinal)) + 1;
        _action = new Regex(
            $@"(?<ratify>\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.RatifyingVerbs])})\b)|(?<repeal>\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.RepealingVerbs])})\b)|(?<amend>\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.AmendingVerbs])})\b)|(?<adopt>\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.AdoptingVerbs])})\b)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // The action verbs found by their first words (a vectorised search), the expression then tried only there.
        var actionEntries = new[] { VocabularyLists.RatifyingVerbs, VocabularyLists.RepealingVerbs, VocabularyLists.AmendingVerbs, VocabularyLists.AdoptingVerbs }
            .SelectMany(list => vocabulary[list]).Select(e => e.Split(' ')[0].TrimEnd('*')).Where(w => w.Length > 0).Distinct().ToArray();
        _actionStarts = System.Buffers.SearchValues.Create(actionEntries, StringComparison.Ordinal);
        _actionAt = new Regex(@"\G(?:" + _action + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _passiveAction = new Regex(
            $@"\G\s*,?\s*(?:should\s+|must\s+|to\s+|needs?\s+to\s+|needed\s+to\s+|ought\s+to\s+)?(?:be|is|are)\s+(?:\w+\s+)?(?<verb>{CuePattern.Alternation(vocabulary[VocabularyLists.PassiveActions])})",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _strong = CuePattern.Words(vocabulary[VocabularyLists.StrongProblemCues], RegexOptions.IgnoreCase);
        _anaphora = new Regex(
            $@"\b(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]his|[Tt]he said|[Tt]he above)\s+(?:\w+\s+)?(?:{CuePattern.Alternation(vocabulary[VocabularyLists.AnaphoraNouns])})\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _repealing = new Regex(
            $@"\G\s*,?\s*(?:(?:has|have|had)\s+)?(?:{CuePattern.Alternation(vocabulary[VocabularyLists.AbolishingVerbs])})\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        Problems = ProblemCues.Of(vocabulary);
        DraftProgress = new ProblemCues(vocabulary[VocabularyLists.DraftProgressCues]);
        Growth = new ProblemCues(vocabulary[VocabularyLists.GrowthCues]);
        Protection = new ProblemCues(vocabulary[VocabularyLists.ProtectionCues]);
        _counted = CuePattern.Words(vocabulary[VocabularyLists.CountedNouns], RegexOptions.IgnoreCase);
        _remedy = new Regex(
            $@"\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.RemedyVerbs])})\b(?:\W+\w+){{0,4}}\W*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _remedyWord = CuePattern.Words(vocabulary[VocabularyLists.RemedyVerbs], RegexOptions.IgnoreCase);
        _repealedBefore = new Regex(
            $@"\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.AbolishingVerbs])}|replaced|replace|replacing|superseded|supersede|(?:sought|seeks|seeking|would|aimed|aims|intended)\s+(?:at\s+|to\s+)?amend(?:ing)?)\b[^.;]{{0,50}}$",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _coordinated = new Regex(@"\b(?<verb>\w+)\s+(?:or|and|and/or)\s+(?:\w+ly\s+)?$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _approvingWords = FirstWords(vocabulary[VocabularyLists.ApprovingVerbs]);
        _refrainingWords = FirstWords(vocabulary[VocabularyLists.RefrainingCues]);
        _approving = new Regex(
            $@"\G\s*(?:(?:It|They|She|He)\s+)?(?:also\s+)?(?:{CuePattern.Alternation(vocabulary[VocabularyLists.ApprovingVerbs])})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _contrast = CuePattern.Words(vocabulary[VocabularyLists.ContrastCues], RegexOptions.IgnoreCase);
        _refrainingAnywhere = new Regex(
            $@"\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.RefrainingCues])})\s",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _refraining = new Regex(
            $@"\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.RefrainingCues])})\s+$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
        _yardstickWords = System.Buffers.SearchValues.Create(
            vocabulary[VocabularyLists.YardstickCues].Select(e => e.Split(' ').OrderByDescending(w => w.Length).First().TrimEnd('*')).Distinct().ToArray(),
            StringComparison.OrdinalIgnoreCase);
        _yardstick = new Regex(
            $@"\b(?:{CuePattern.Alternation(vocabulary[VocabularyLists.YardstickCues])})\s+(?:the\s+|its\s+)?(?:(?!and\b|or\b)[\w’'-]+,?\s+){{0,5}}$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    /// <summary>"repeal section 145 and refrain from reintroducing the Act": a refraining cue between a verb and its act.</summary>
    public bool RefrainsBetween(string sentence, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return to > from && sentence.AsSpan(from, to - from).IndexOfAny(_refrainingWords) >= 0 && _refrainingAnywhere.IsMatch(sentence.AsSpan(from, to - from));
    }

    /// <summary>The first word of each entry (a final <c>*</c> dropped), for a search that must find one before the entries are matched.</summary>
    private static System.Buffers.SearchValues<string> FirstWords(IEnumerable<string> entries) =>
        System.Buffers.SearchValues.Create(entries.Select(e => e.Split(' ')[0].TrimEnd('*')).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"refrain from adopting the draft law": the action verb at <paramref name="at"/> is asked not to be taken.</summary>
    public bool Refrained(string sentence, int at)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = Math.Max(0, at - 40);
        return at > 0 && at <= sentence.Length && sentence.AsSpan(start, at - start).IndexOfAny(_refrainingWords) >= 0 && _refraining.IsMatch(sentence.AsSpan(start, at - start));
    }

    /// <summary>
    /// "in line with article 75 of the Constitution", "aligned with the Constitution", "to give effect to the principle, set
    /// out in article 27 (8) of": an act named at <paramref name="offset"/> as the measure of another.
    /// </summary>
    public bool IsYardstick(string sentence, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = Math.Max(0, offset - 90);
        // Only a window with one of the phrases' key words is matched: most acts follow none.
        return offset > 0 && sentence.AsSpan(start, offset - start).IndexOfAny(_yardstickWords) >= 0 && _yardstick.IsMatch(sentence.AsSpan(start, offset - start));
    }

    /// <summary>
    /// "NCHR welcomed the Act, which had increased the penalties ...": when the words from <paramref name="from"/> (after
    /// the speaker) open with a verb of approval, where its approving part ends: at the first contrast cue ("but",
    /// "however") before <paramref name="to"/>, else at <paramref name="to"/>; -1 when the sentence does not open so.
    /// </summary>
    public int ApprovalEnd(string sentence, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // Only a sentence whose next words hold a verb of approval is matched: most do not.
        var approving = from >= 0 && from < to && sentence.AsSpan(from, Math.Min(to - from, 40)).IndexOfAny(_approvingWords) >= 0
            ? _approving.Match(sentence, from) : Match.Empty;
        if (!approving.Success || approving.Index + approving.Length > to)
        {
            return -1;
        }

        var contrast = _contrast.Match(sentence, approving.Index + approving.Length, to - approving.Index - approving.Length);
        return contrast.Success ? contrast.Index : to;
    }

    private readonly Regex _actionAt;
    private readonly System.Buffers.SearchValues<string> _actionStarts;
    private readonly Regex _approving;
    private readonly System.Buffers.SearchValues<string> _approvingWords;
    private readonly Regex _contrast;
    private readonly Regex _refraining;
    private readonly Regex _refrainingAnywhere;
    private readonly System.Buffers.SearchValues<string> _refrainingWords;
    private readonly Regex _yardstick;

    /// <summary>The longest word of each yardstick phrase: a window holding none of them cannot match.</summary>
    private readonly System.Buffers.SearchValues<string> _yardstickWords;
    private readonly Regex _counted;
    private readonly Regex _remedy;
    private readonly Regex _remedyWord;
    private readonly Regex _repealedBefore;
    private readonly Regex _coordinated;

    /// <summary>Words of growth (<c>growth-cues</c>), which state a problem only with what grows.</summary>
    public ProblemCues Growth { get; }

    /// <summary>Words that forbid what they name (<c>protection-cues</c>): with a problem word as their object, neither states a problem.</summary>
    public ProblemCues Protection { get; }

    /// <summary>
    /// "prohibited discrimination", "banned all forms of corporal punishment": the problem word at <paramref name="at"/>
    /// forbids the next one, <paramref name="next"/>, its object; not where the prohibition is what something is exempted
    /// from ("exempted ... from the prohibition of discrimination").
    /// </summary>
    public bool Protects(string text, int at, string word, (int Index, string Word) next)
    {
        var end = at + word.Length;
        if (next.Index <= end || next.Index - end > 20 || Protection.Find(word).Word != word || !ObjectBetween().IsMatch(text.AsSpan(end, next.Index - end)))
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, at - 30), Math.Min(30, at));
        return !before.Contains("from ", StringComparison.Ordinal) && !before.Contains("exempt", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^\s+(?:of\s+)?(?:all\s+)?(?:forms\s+of\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectBetween();

    /// <summary>"the number of cases was increasing", "to increase penalties": a growth word with a count or another problem near it.</summary>
    public bool GrowsAProblem(string text, int at, string word)
    {
        var from = Math.Max(0, at - 60);
        var to = Math.Min(text.Length, at + word.Length + 40);
        var around = text[from..to];
        return _counted.IsMatch(around) || Problems.FindAll(around).Any(p => p.Index + from != at && Growth.Find(p.Word).Word != p.Word);
    }

    /// <summary>Words about a bill's progress (<c>draft-progress-cues</c>), which state no problem with the bill.</summary>
    public ProblemCues DraftProgress { get; }

    /// <summary>"a bill which would eliminate the mandatory ...": a remedy verb in the few words before <paramref name="at"/>, or the word at it.</summary>
    public bool Remedied(string text, int at, string word) => _remedy.IsMatch(text[..at]) || _remedyWord.IsMatch(word);

    /// <summary>
    /// "the Prisons (Amendment) Act 2015 repealed the provisions in the Prisons Act 1964": the act before
    /// <paramref name="at"/> was done away with, or is what a bill "sought to amend" (the bill is the one spoken of).
    /// </summary>
    public bool RepealedBefore(string sentence, int at)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // The verb stands at most 50 characters (and its own length) before the act: only that end of the text is read,
        // from the start of a word.
        var start = Math.Max(0, at - 120);
        while (start > 0 && (char.IsLetterOrDigit(sentence[start - 1]) || sentence[start - 1] == '_'))
        {
            start--;
        }

        return _repealedBefore.IsMatch(sentence.AsSpan(start, at - start));
    }

    /// <summary>"repealing or amending the Law": the action verb chained before the one at <paramref name="at"/>, with its type.</summary>
    public (string? Type, string? Word, int At) CoordinatedBefore(string sentence, int at)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!EndsInConjunction(sentence.AsSpan(0, at)))
        {
            // Most verbs follow no "or" or "and": the pattern is read only before one.
            return (null, null, -1);
        }

        var start = WindowBefore(sentence, at);
        return ChainedVerb(_coordinated.Match(sentence, start, at - start));
    }

    /// <summary>
    /// "recommended that the provisions be repealed", "repealing these provisions": an action on provisions of the act
    /// named before, with the verb's own type (removing part of an act amends it, removing an article repeals it: the
    /// caller knows which).
    /// </summary>
    public (string? Type, string? Word, int At) ActionOnProvisions(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return FirstAction(ProvisionsSubject().Matches(sentence, start).Concat(ProvisionsObject().Matches(sentence, start)));
    }

    /// <summary>"the Act be repealed or amended": the action verb chained after the one that ends at <paramref name="end"/>, with its type.</summary>
    public (string? Type, string? Word, int At) CoordinatedAfter(string sentence, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ChainedVerb(ChainedAfter().Match(sentence, end));
    }

    /// <summary>The first of the matches whose "verb" group holds an action verb: its type, word and offset; none when no match does.</summary>
    private (string? Type, string? Word, int At) FirstAction(IEnumerable<Match> matches)
    {
        foreach (var match in matches)
        {
            if (ChainedVerb(match) is ({ } type, { } word, var at))
            {
                return (type, word, at);
            }
        }

        return (null, null, -1);
    }

    /// <summary>The action verb a chaining pattern's match holds in its "verb" group, with its type; none when it holds another word.</summary>
    private (string? Type, string? Word, int At) ChainedVerb(Match chained)
    {
        if (!chained.Success)
        {
            return (null, null, -1);
        }

        var verb = chained.Groups["verb"];
        var action = _action.Match(verb.Value);
        return action.Success && action.Length == verb.Length ? (TypeOf(action), verb.Value, verb.Index) : (null, null, -1);
    }

    /// <summary>"revise these laws", "proceed with the enactment of these bills", "that these laws be amended": an action on all the acts named before.</summary>
    public (string? Type, string? Word, int At) ActionOnPlural(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (start < 0 || !sentence.AsSpan(start).ContainsAny(s_pluralDemonstratives))
        {
            return (null, null, -1);
        }

        return FirstAction(PluralObject().Matches(sentence, start).Concat(PluralSubject().Matches(sentence, start)));
    }

    private static readonly System.Buffers.SearchValues<string> s_pluralDemonstratives = System.Buffers.SearchValues.Create(["these ", "those ", "both "], StringComparison.Ordinal);

    /// <summary>"repeal the Law or bring it into line with ...": the action verb of "or ... it" right after the act, with its type.</summary>
    public (string? Type, string? Word, int At) CoordinatedOnPronounAfter(string sentence, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ChainedVerb(ChainedOnPronounAfter().Match(sentence, end));
    }

    /// <summary>"recommended ratifying it", "that it be adopted": an action on an act named before the recommendation; its type, word and offset.</summary>
    public (string? Type, string? Word, int At) ActionOnPronoun(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return FirstAction(PronounObject().Matches(sentence, start).Concat(PronounSubject().Matches(sentence, start)).Concat(PossessiveAction().Matches(sentence, start)));
    }

    /// <summary>
    /// "Afghanistan signed the Law on X, and the virginity test was prohibited ...", "the government enacted an Access to
    /// Information Law, but CSOs continued to face restrictions": an act the sentence tells was enacted, whose clause ends
    /// before <paramref name="problemAt"/>; the problem is not said of it.
    /// </summary>
    /// <summary>
    /// Where to start matching a pattern that must end at <paramref name="end"/> (one ending in <c>$</c>): a few hundred
    /// characters back, at a word's start, instead of the sentence's start, so that each of a sentence's many acts costs
    /// the same and not the length of the text before it. The patterns span a few words, so they match the same.
    /// </summary>
    /// <summary>Whether <paramref name="text"/> ends in "or" or "and" and then white space, as a coordinated verb's context must.</summary>
    private static bool EndsInConjunction(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length < text.Length && trimmed.EndsWith("ly", StringComparison.Ordinal))
        {
            // "repeal or substantially amend": the adverb before the verb.
            var space = trimmed.LastIndexOfAny(' ', '\n');
            trimmed = space < 0 ? trimmed : trimmed[..(space + 1)];
            return EndsInConjunction(trimmed);
        }

        return trimmed.Length < text.Length && (trimmed.EndsWith("or", StringComparison.Ordinal) || trimmed.EndsWith("and", StringComparison.Ordinal));
    }

    private static int WindowBefore(string sentence, int end)
    {
        var start = Math.Max(0, end - 300);
        for (var back = 0; start > 0 && (char.IsLetterOrDigit(sentence[start - 1]) || sentence[start - 1] == '_') && back < 300; back++)
        {
            start--;
        }

        return start;
    }

    public static bool EnactedInAnotherClause(string sentence, Target target, int problemAt)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(target);
        var from = Math.Max(0, target.Offset - 40);
        while (from > 0 && (char.IsLetterOrDigit(sentence[from - 1]) || sentence[from - 1] == '_'))
        {
            from--;
        }

        // "enacted a new " is the longest the pattern reads before the act.
        if (problemAt <= target.End || !Enacted().IsMatch(sentence.AsSpan(from, target.Offset - from)))
        {
            return false;
        }

        var clauseBreak = ClauseBreak().Match(sentence, target.End);
        return clauseBreak.Success && clauseBreak.Index < problemAt;
    }

    /// <summary>
    /// The clause of <paramref name="sentence"/> that holds the target, as offsets from <paramref name="from"/>: its
    /// bounds are "and that", "; ", ", but", ", while", "whereas", unless what follows refers back to the act ("and that
    /// it restricted ...").
    /// </summary>
    public static (int Start, int End) ClauseOf(string sentence, Target target, int from) =>
        ClauseOf(sentence, target, from, ClauseBoundaries(sentence));

    /// <summary>The sentence's clause boundaries, in order (start and end of each), found once for all its acts.</summary>
    public static IReadOnlyList<(int Index, int End)> ClauseBoundaries(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ClauseBoundary().Matches(sentence).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    /// <summary>
    /// As <see cref="ClauseOf(string, Target, int)"/> with the boundaries found before: the clause starts after the last
    /// boundary that ends before the act (found by binary search: boundaries do not overlap, so their ends rise) and ends
    /// at the first one after it that does not refer back.
    /// </summary>
    public static (int Start, int End) ClauseOf(string sentence, Target target, int from, IReadOnlyList<(int Index, int End)> boundaries)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(boundaries);
        int low = 0, high = boundaries.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = boundaries[middle].End <= target.Offset ? (middle + 1, high) : (low, middle);
        }

        var start = low > 0 ? boundaries[low - 1].End : 0;
        var end = sentence.Length;
        for (var k = low; k < boundaries.Count; k++)
        {
            if (boundaries[k].Index >= target.End && !RefersBack().IsMatch(sentence, boundaries[k].End))
            {
                end = boundaries[k].Index;
                break;
            }
        }

        return (start - from, end - from);
    }

    /// <summary>"a Committee tasked with reviewing the Act": an action that the words before <paramref name="at"/> give to someone else.</summary>
    public static bool DelegatedBefore(string sentence, int at)
    {
        if (at <= 0)
        {
            return false;
        }

        // The words just before, not the sentence up to there: the pattern ends where the action starts.
        var start = WindowBefore(sentence, at);
        return Delegated().IsMatch(sentence.AsSpan(start, at - start));
    }

    /// <summary>"the Act needed to be aligned", "the Law requires amendment": a recommendation that also says the act falls short.</summary>
    public static bool IsNeed(string sentence, int recommendation) =>
        recommendation >= 0 && NeedCue().IsMatch(sentence, recommendation);

    /// <summary>The problem words (<c>problem-cues</c>).</summary>
    public ProblemCues Problems { get; }

    /// <summary>Where the sentence starts recommending, or -1.</summary>
    public int RecommendationStart(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var first = sentence.AsSpan().IndexOfAny(_recommendationStarts);
        if (first < 0)
        {
            return -1;
        }

        // A cue may start a few words before its longest word ("in need of"): confirm from that far before it.
        var match = _recommendation.Match(sentence, Math.Max(0, first - _longestLead));
        return match.Success ? match.Index : -1;
    }

    /// <summary>The action verb nearest before <paramref name="end"/> from <paramref name="start"/>: its relation type, word and offset.</summary>
    public (string? Type, string? Word, int At) ActionBefore(string sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // The sentence's action verbs are found once from the recommendation on; each act then takes the last before it
        // (a search per act would read the sentence again for every act it names).
        var actions = ActionsFrom(sentence, start);
        var last = -1;
        for (var i = 0; i < actions.Count && actions[i].Index + actions[i].Word.Length <= end; i++)
        {
            last = i;
        }

        return last < 0 ? (null, null, -1) : (actions[last].Type, actions[last].Word, actions[last].Index);
    }

    [ThreadStatic]
    private static (string? Sentence, int Start, List<(int Index, string Word, string? Type)>? Actions) t_actions;

    /// <summary>The action verbs of the sentence from <paramref name="start"/> on, in order (kept for the sentence read last on this thread).</summary>
    private List<(int Index, string Word, string? Type)> ActionsFrom(string sentence, int start)
    {
        if (ReferenceEquals(t_actions.Sentence, sentence) && t_actions.Start == start && t_actions.Actions is { } known)
        {
            return known;
        }

        var actions = new List<(int Index, string Word, string? Type)>();
        for (var from = start; from < sentence.Length;)
        {
            var found = sentence.AsSpan(from).IndexOfAny(_actionStarts);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            var match = at > 0 && char.IsLetterOrDigit(sentence[at - 1]) ? Match.Empty : _actionAt.Match(sentence, at);
            if (match.Success)
            {
                actions.Add((match.Index, match.Value, TypeOf(match)));
                from = at + Math.Max(1, match.Length);
            }
            else
            {
                from = at + 1;
            }
        }

        t_actions = (sentence, start, actions);
        return actions;
    }

    /// <summary>"the Code be amended", "the Law is repealed": the action stated after the target.</summary>
    public (string? Type, string? Word, int At) ActionAfter(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var match = _passiveAction.Match(sentence, start);
        if (!match.Success || match.Index > start + 12)
        {
            return (null, null, -1);
        }

        var verb = match.Groups["verb"];
        var action = _action.Match(verb.Value);
        return action.Success ? (TypeOf(action), action.Value, verb.Index + action.Index) : (null, null, -1);
    }

    /// <summary>The first word that states a problem, or null.</summary>
    public string? Negative(string text) => Problems.Find(text).Word;

    /// <summary>The first word that states a problem and where it starts in <paramref name="text"/>; (null, -1) when there is none.</summary>
    public (string? Word, int At) NegativeAt(string text)
    {
        var (index, word) = Problems.Find(text);
        return (word, index);
    }

    /// <summary>A problem stated inside a recommendation: "the exclusive powers of prosecutors violating the principle of equality".</summary>
    public bool StrongProblem(string text) => _strong.IsMatch(text);

    /// <summary>The first strong problem of <paramref name="text"/> and where it starts; (null, -1) when there is none.</summary>
    public (string? Word, int At) StrongProblemAt(string text)
    {
        var match = _strong.Match(text);
        return match.Success ? (match.Value, match.Index) : (null, -1);
    }

    public bool HasAnaphora(string sentence) => _anaphora.IsMatch(sentence);

    /// <summary>"the Prisons (Amendment) Act 2015 repealed the provisions ...": an act that did away with something is not criticised for it.</summary>
    public bool RepealsSomething(string sentence, int end) => _repealing.IsMatch(sentence, end);

    /// <summary>"The Government must ban ...": a sentence that says what should be, not what is.</summary>
    public bool IsPrescriptive(string sentence) => Prescriptive().IsMatch(sentence) || RecommendationStart(sentence) >= 0;

    /// <summary>The sentence without its "had not been adopted" phrases, whose "not" is about an act not in force.</summary>
    public static string WithoutNotAdopted(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Contains(" not ", StringComparison.Ordinal) ? NotAdopted().Replace(sentence, m => new string(' ', m.Length)) : sentence;
    }

    /// <summary>"the country lacked a law on access to information", "there was no law on X": an act spoken of as missing, no act in force.</summary>
    public static bool LackedBefore(string sentence, int offset)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var from = Math.Max(0, offset - 24);
        return offset > 0 && LackedAct().IsMatch(sentence.AsSpan(from, offset - from));
    }

    /// <summary>"a Juvenile Justice Act had not been adopted": the acts named just before are not in force.</summary>
    public static List<int> NotAdoptedAt(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Contains(" not ", StringComparison.Ordinal) ? NotAdopted().Matches(sentence).Select(m => m.Index).ToList() : [];
    }

    private static string? TypeOf(Match match) =>
        match.Groups["amend"].Success ? Model.RelationTypes.RecommendsAmending
        : match.Groups["repeal"].Success ? Model.RelationTypes.RecommendsRepealing
        : match.Groups["adopt"].Success ? Model.RelationTypes.RecommendsAdopting
        : match.Groups["ratify"].Success ? Model.RelationTypes.RecommendsRatifying
        : null;

    [GeneratedRegex(@"\s+and\s+that\s+|;\s+|,\s+but\s+|,\s+while\s+|,?\s+whereas\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\G(?:it|they|its|their|this|these|such|the\s+(?:Act|Law|Code|Decree|Bill|legislation|law|provisions?)|was|were|is|are|has|have|had|did|does|do|remained|remains|continued|continues|lacked|lacks|still|not|never|would|could|allowed|allows)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RefersBack();

    [GeneratedRegex(@"\b(?:signed|enacted|adopted|passed|introduced|approved|promulgated)\s+(?:(?:a|an|the|its|new|a new)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Enacted();

    [GeneratedRegex(@",\s+(?:but|and|while|whereas|however|yet)\b|;\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:tasked|charged|mandated|entrusted|responsible|in charge)\s+(?:with|for|to|of)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Delegated();

    [GeneratedRegex(@"\G(?:needs?|needed|in need|requires?|required)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NeedCue();

    [GeneratedRegex(@"\b(?<verb>\w+)\s+(?:to\s+)?(?:it|them|the\s+latter)\b(?!\s+(?:was|is|were|are|has|had|to|would|be)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PronounObject();

    [GeneratedRegex(@"\b(?:it|they)\s+(?:be|should be|to be|must be)\s+(?<verb>\w+ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:its|their)\s+(?:\w+\s+)?(?<verb>amendment|amendments|repeal|revision|review|abolition|ratification|adoption|enactment|reform|harmoni[sz]ation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveAction();

    [GeneratedRegex(@"\b(?<verb>\w+)\s+(?:of\s+)?(?:these|those|both)\s+(?:\w+\s+)?(?:laws|bills|acts|proclamations|decrees|codes|ordinances|orders)\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PluralObject();

    [GeneratedRegex(@"\b(?:these|those|both)\s+(?:\w+\s+)?(?:laws|bills|acts|proclamations|decrees|codes|ordinances|orders)\s+(?:be|should be|to be|must be)\s+(?<verb>\w+ed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PluralSubject();

    [GeneratedRegex(@"\b(?:the|these|those|such)\s+(?:\w+\s+)?(?:provisions?|amendments)\s+(?:be|should be|to be|must be)\s+(?<verb>\w+ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProvisionsSubject();

    [GeneratedRegex(@"\b(?<verb>\w+)\s+(?:the|these|those|such|its|their)\s+(?:\w+\s+)?provisions?\b(?!\s+(?:of|in|under|contained)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ProvisionsObject();

    [GeneratedRegex(@"\G\s+(?:or|and|and/or)\s+(?<verb>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex ChainedAfter();

    [GeneratedRegex(@"\G\s+(?:or|and|and/or)\s+(?:\w+ly\s+)?(?<verb>\w+)\s+(?:it|them)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChainedOnPronounAfter();

    [GeneratedRegex(@"\b(?:must|should|ought to|shall)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Prescriptive();

    [GeneratedRegex(@"\b(?:lack(?:ed|s|ing)?(?:\s+of)?|absence\s+of|there\s+(?:was|is|were|are)\s+no|had\s+no|has\s+no|have\s+no|without)\s+(?:(?:a|an|any)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LackedAct();

    [GeneratedRegex(@"\b(?:had|has|have)\s+not\s+(?:yet\s+)?been\s+(?:adopted|enacted|passed)\b|\b(?:was|were)\s+not\s+(?:yet\s+)?(?:adopted|enacted|passed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotAdopted();
}
