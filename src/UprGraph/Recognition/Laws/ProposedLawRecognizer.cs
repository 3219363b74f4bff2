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
    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        var mentions = new List<Mention>();
        if (sentence.AsSpan().IndexOfAny(s_verbs) < 0)
        {
            return mentions;
        }

        foreach (Match match in AdoptedAct().Matches(sentence))
        {
            var pre = match.Groups["pre"].Value.Trim();
            var head = match.Groups["head"].Value;
            var postGroup = match.Groups["post"];
            var cut = RelativeClause().Match(postGroup.Value, Math.Min(postGroup.Value.Length, 2));
            var postLength = cut.Success ? cut.Index : postGroup.Length;
            var post = Adverbial().Replace(postGroup.Value[..postLength], " ");
            post = Regex.Replace(post, @"\s+", " ").Trim().TrimEnd(',', ';', '.').Trim();
            if (pre.Length == 0 && post.Length == 0)
            {
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

    [GeneratedRegex(@"\b(?:adopt|adopting|enact|enacting|draft and enact|drafting and enacting|develop and adopt|draft|drafting|pass|passing|introduce|introducing|elaborate|elaborating)\s+(?<np>(?:an?\s+|the\s+)?(?<new>new\s+)?(?<pre>(?:(?:comprehensive|specific|specific|separate|national|[\p{L}+]+-[\p{L}]+|LGBT\w*\+?|hate|crime|anti-\w+|[A-Z]\w*)\s+){0,4})(?<head>law|legislation|act|code|bill)\b(?<post>(?:\s+as a matter of (?:priority|urgency))?(?:\s+(?:on|to|that|which|prohibiting|criminali[sz]ing|against|for|regulating|protecting|guaranteeing|allowing|promoting|recognizing|recognising|providing)\b[^,;.]{3,160})?))", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedAct();

    private static readonly System.Buffers.SearchValues<string> s_verbs = System.Buffers.SearchValues.Create(
        ["adopt", "enact", "draft", "pass", "introduc", "elaborat"], StringComparison.Ordinal);

    [GeneratedRegex(@"\s+(?:which|who|whose|that would|and\s+(?:to\s+)?(?:repeal|amend|ensure|establish|abolish|remove|adopt|ratify|provide|take|guarantee|refrain|implement|introduce|bring|review|revise|align|harmoni[sz]e|strengthen|end|stop|release|investigate|allow|create|set|raise|lift|decriminali[sz]e|combat|protect|respect|improve|develop|consider|accede|publish))\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\bas a matter of (?:priority|urgency)\b|\bwithout delay\b|\bpromptly\b", RegexOptions.CultureInvariant)]
    private static partial Regex Adverbial();
}
