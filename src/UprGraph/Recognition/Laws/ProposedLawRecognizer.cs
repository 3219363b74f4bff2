using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// Recognises an act a recommendation asks to adopt, named by the text's own words: "adopt anti-discrimination
/// legislation", "adopt a new law on public assembly which would ...", "draft and enact legislation as a matter of
/// priority to explicitly prohibit corporal punishment of children in all settings, including ...", "adopting legislation
/// on legal recognition of gender markers". An act named only by "legislation" or "a law" with nothing after it is not one.
/// </summary>
public sealed partial class ProposedLawRecognizer : IRecognizer
{
    private readonly Regex _adoptedAct;
    private readonly Regex _relativeClause;
    private readonly System.Buffers.SearchValues<string> _verbs;

    public ProposedLawRecognizer()
        : this(Vocabulary.GenreVocabulary.Default)
    {
    }

    /// <summary>The verbs before a proposed act are the <c>proposal-verbs</c> list; those that chain a next recommendation, <c>chain-verbs</c>.</summary>
    public ProposedLawRecognizer(Vocabulary.GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var verbs = vocabulary[Vocabulary.VocabularyLists.ProposalVerbs];
        // The verbs are found first (a vectorised search for the whole entries, up to a stem's "*"; sentences come with
        // their spaces collapsed), the pattern then tried only where one starts (\G), not at every position.
        _verbs = System.Buffers.SearchValues.Create(
            verbs.Select(v => v.Split('*')[0].TrimEnd()).Where(v => v.Length > 0).Distinct().ToArray(), StringComparison.Ordinal);
        _adoptedAct = new Regex(
            $@"\G(?:{Vocabulary.CuePattern.Alternation(verbs)})\s+(?<np>(?:an?\s+|the\s+)?(?<new>new\s+)?(?<pre>(?:(?:comprehensive|specific|separate|national|adequate|effective|clear|strong|tough|protective|robust|regulatory|legal|normative|dedicated|stand-alone|[\p{{L}}+]+-[\p{{L}}]+|LGBT\w*\+?|hate|crime|anti-\w+|[A-Z]\w*|(?!(?:necessary|appropriate|relevant|required|needed|further|additional|such|all|any|existing|current|domestic|the|a|an|its|their|this|that|these|those|new|and|or|of|to|in|on|for|with|by|as)\b)[a-z]{{3,}})\s+){{0,4}})(?<head>law|laws|legislation|act|code|bill|framework|frameworks)\b(?<post>(?:\s+as a matter of (?:priority|urgency))?(?:,?\s+(?:[a-z]+ly\s+)?(?:on|to|that|which|prohibiting|criminali[sz]ing|against|for|regulating|protecting|guaranteeing|allowing|promoting|recognizing|recognising|providing|with|establishing|defining|ensuring)\b[^,;.]{{3,160}})?))",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _relativeClause = new Regex(
            $@"\s+(?:which|who|whose|that would|and\s+(?:to\s+)?(?:{Vocabulary.CuePattern.Alternation(vocabulary[Vocabulary.VocabularyLists.ChainVerbs])})|{Vocabulary.CuePattern.Alternation(vocabulary[Vocabulary.VocabularyLists.YardstickCues])})\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static readonly System.Buffers.SearchValues<string> s_heads =
        System.Buffers.SearchValues.Create(["law", "legislation", "act", "code", "bill", "framework"], StringComparison.Ordinal);

    public IReadOnlyList<Mention> Recognize(string sentence) => Recognize(sentence, 0);

    /// <summary>The proposed acts of the sentence from <paramref name="start"/> on (where its recommendation starts).</summary>
    public IReadOnlyList<Mention> Recognize(string sentence, int start)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<Mention>();
        if (sentence.AsSpan(Math.Clamp(start, 0, sentence.Length)).IndexOfAny(s_heads) < 0)
        {
            // No head the pattern ends in ("law", "legislation", "code", ...) stands after the start: nothing is proposed.
            return mentions;
        }

        foreach (var match in Matches(sentence, Math.Max(0, start)))
        {
            var pre = match.Groups["pre"].Value.Trim();
            var head = match.Groups["head"].Value;
            var postGroup = match.Groups["post"];
            var cut = _relativeClause.Match(postGroup.Value, Math.Min(postGroup.Value.Length, 2));
            var postLength = cut.Success ? cut.Index : postGroup.Length;
            var post = Adverbial().Replace(postGroup.Value[..postLength], " ");
            post = Regex.Replace(post, @"\s+", " ").Trim().TrimStart(',').Trim().TrimEnd(',', ';', '.').Trim();
            if (pre.Length == 0 && post.Length == 0)
            {
                continue;
            }

            if (head.StartsWith("framework", StringComparison.Ordinal) && !LegalFramework().IsMatch(pre))
            {
                // "a framework for the protection of journalists" may be a policy; a legal or regulatory framework is an act.
                continue;
            }

            var name = string.Join(' ', new[] { pre, head, post }.Where(p => p.Length > 0));
            var withNew = match.Groups["new"].Success ? "new " + name : null;
            var offset = match.Groups["np"].Index;
            var end = postGroup.Index + postLength;
            mentions.Add(new Mention(MentionKind.Law, sentence[offset..end].TrimEnd(), offset, end - offset)
            {
                Name = name, Head = "Law", Proposed = true, Aliases = withNew is null ? [] : [withNew],
            });
        }

        return mentions;
    }

    /// <summary>The pattern's matches, tried where a verb starts a word.</summary>
    private IEnumerable<Match> Matches(string sentence, int from)
    {
        while (from < sentence.Length)
        {
            var found = sentence.AsSpan(from).IndexOfAny(_verbs);
            if (found < 0)
            {
                yield break;
            }

            var at = from + found;
            var match = at > 0 && char.IsLetterOrDigit(sentence[at - 1]) ? Match.Empty : _adoptedAct.Match(sentence, at);
            if (match.Success)
            {
                yield return match;
                from = Math.Max(at + 1, match.Index + match.Length);
            }
            else
            {
                from = at + 1;
            }
        }
    }

    [GeneratedRegex(@"\b(?:legal|regulatory|normative|legislative)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFramework();

    [GeneratedRegex(@"\bas a matter of (?:priority|urgency)\b|\bwithout delay\b|\bpromptly\b", RegexOptions.CultureInvariant)]
    private static partial Regex Adverbial();
}
