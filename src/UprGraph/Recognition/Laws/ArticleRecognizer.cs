using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// Recognises numbered articles and sections: "article 174", "Article 10.2", "article 101 bis", "section 43D(5)", each number of "articles 121, 122 and 123"
/// or "articles 403, 404 and 405", "section 402", "section 377A", "rule 16 (2)" of emergency rules, "clause 35" of a bill; notes where their law is named ("of the 2014 Criminal Code" after,
/// "Criminal Code, section 402" or "Constitution (Article 10.2)" before) for the resolver; and "this article", "this section", "this provision" as references.
/// </summary>
public sealed partial class ArticleRecognizer : IRecognizer
{
    private static readonly System.Buffers.SearchValues<string> s_articleWords =
        System.Buffers.SearchValues.Create(["rticle", "Section", "section", "rt.", "rts.", "rule", "Rule", "lause", "provision"], StringComparison.Ordinal);

    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        var mentions = new List<Mention>();
        // Only a sentence with one of the patterns' words followed by a number, or after "this", is read: "section 12",
        // not the "ection" of "protection" or the "rule" of "the rule of law".
        if (!HasArticleWord(sentence))
        {
            return mentions;
        }

        var pool = MentionPool.For(sentence);
        // Match by match, not a collection that keeps every match of a long sentence until the last is read.
        for (var match = ArticleNumbers().Match(sentence); match.Success; match = match.NextMatch())
        {
            // Matched in place, not on copies of the text after and before: a sentence of many articles stays linear.
            var link = LawLink().Match(sentence, match.Index + match.Length);
            int? lawOffset = link.Success ? match.Index + match.Length + link.Length : null;
            var lawEnd = LawEndBefore(sentence, match.Index);

            foreach (Capture number in match.Groups["n"].Captures)
            {
                var article = new Mention(MentionKind.Article, match.Value, match.Index, match.Length)
                {
                    Name = "article " + number.Value, Number = number.Value, LawOffset = lawOffset, LawEnd = lawEnd,
                };
                mentions.Add(pool?.Share(article) ?? article);
            }
        }

        for (var match = ArticleReference().Match(sentence); match.Success; match = match.NextMatch())
        {
            mentions.Add(new Mention(MentionKind.ArticleReference, match.Value, match.Index, match.Length) { Name = match.Value });
        }

        return mentions;
    }

    /// <summary>An article word ("article", "section", "rule", "clause", "art.") with a number after it, or a "provision".</summary>
    private static bool HasArticleWord(string sentence)
    {
        var text = sentence.AsSpan();
        for (var at = text.IndexOfAny(s_articleWords); at >= 0; at = NextAt(text, at + 1))
        {
            var i = at;
            while (i < text.Length && char.IsAsciiLetter(text[i]) || (i < text.Length && text[i] == '.'))
            {
                i++;
            }

            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var start = at;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            // "this article", "that section", "the said clause": a reference.
            if ((i < text.Length && char.IsAsciiDigit(text[i])) || text[at..].StartsWith("provision", StringComparison.Ordinal)
                || text[..start].EndsWith("his ", StringComparison.Ordinal) || text[..start].EndsWith("hat ", StringComparison.Ordinal)
                || text[..start].EndsWith("said ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextAt(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text[from..].IndexOfAny(s_articleWords);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// "Criminal Code, section 402", "Constitution (Article 10.2)": where the text before <paramref name="index"/> ends in
    /// a comma or an opening bracket (white space around it), the start of that ending; else null.
    /// </summary>
    private static int? LawEndBefore(string sentence, int index)
    {
        var at = index;
        while (at > 0 && char.IsWhiteSpace(sentence[at - 1]))
        {
            at--;
        }

        if (at == 0 || sentence[at - 1] is not (',' or '('))
        {
            return null;
        }

        at--;
        while (at > 0 && char.IsWhiteSpace(sentence[at - 1]))
        {
            at--;
        }

        return at;
    }

    /// <summary>
    /// An article's number as the genre writes it, kept as written: "174", "10.2", "369-1", "298-B", "124A", "7/2", "8/A",
    /// "101 bis", "7 bis (a)", "98(f)", "43D(5)" (the national numbering forms, and the Latin suffixes of civil-law codes).
    /// </summary>
    private const string NumberPattern = @"\d{1,4}(?:[A-Z]|[a-z]\b)?(?:\.\d{1,3})*(?:-(?:\d{1,3}|[A-Z]{1,2}\b))?(?:/(?:\d{1,3}|[A-Z]\b))?(?:\s?(?:bis|ter|quater|quinquies|sexies|septies|octies)\b)?(?:\s?\([0-9a-z]{1,3}\))*";

    [GeneratedRegex(@"\b(?:[Aa]rticles?|[Ss]ections?|[Aa]rts?\.|[Rr]ules?|[Cc]lauses?)\s+(?<n>" + NumberPattern + @")(?:\s*(?:,|and|or|&)\s*(?:(?:[Aa]rticles?|[Ss]ections?|[Rr]ules?|[Cc]lauses?)\s+)?(?<n>" + NumberPattern + @"))*(?:\b|(?<=\)))", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumbers();

    [GeneratedRegex(@"\G\s*(?:of|under|in)\s+(?:the\s+|its\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LawLink();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]he said|[Tt]hat) (?:[Aa]rticle|[Ss]ection|provision|clause)\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleReference();
}
