using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// Recognises numbered articles and sections: "article 174", "Article 10.2", each number of "articles 121, 122 and 123"
/// or "articles 403, 404 and 405", "section 402", "section 377A"; notes where their law is named ("of the 2014 Criminal Code" after,
/// "Criminal Code, section 402" or "Constitution (Article 10.2)" before) for the resolver; and "This Article" as a reference.
/// </summary>
public sealed partial class ArticleRecognizer : IRecognizer
{
    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        var mentions = new List<Mention>();
        if (sentence.IndexOf("rticle", StringComparison.Ordinal) < 0 && sentence.IndexOf("ection", StringComparison.Ordinal) < 0
            && sentence.IndexOf("rt.", StringComparison.Ordinal) < 0)
        {
            return mentions;
        }

        foreach (Match match in ArticleNumbers().Matches(sentence))
        {
            var after = sentence[(match.Index + match.Length)..];
            var link = LawLink().Match(after);
            int? lawOffset = link.Success ? match.Index + match.Length + link.Length : null;
            int? lawEnd = null;
            var before = sentence[..match.Index];
            var previous = LawBefore().Match(before);
            if (previous.Success)
            {
                lawEnd = previous.Index;
            }

            foreach (Capture number in match.Groups["n"].Captures)
            {
                mentions.Add(new Mention(MentionKind.Article, match.Value, match.Index, match.Length)
                {
                    Name = "article " + number.Value, Number = number.Value, LawOffset = lawOffset, LawEnd = lawEnd,
                });
            }
        }

        foreach (Match match in ArticleReference().Matches(sentence))
        {
            mentions.Add(new Mention(MentionKind.ArticleReference, match.Value, match.Index, match.Length) { Name = match.Value });
        }

        return mentions;
    }

    [GeneratedRegex(@"\b(?:[Aa]rticles?|[Ss]ections?|[Aa]rts?\.)\s+(?<n>\d{1,4}[A-Z]?(?:\.\d{1,3})*(?:-\d{1,3})?)(?:\s*(?:,|and|or|&)\s*(?:(?:[Aa]rticles?|[Ss]ections?)\s+)?(?<n>\d{1,4}[A-Z]?(?:\.\d{1,3})*))*\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumbers();

    [GeneratedRegex(@"^\s*(?:\([0-9a-z]+\)\s*)?(?:of|under|in)\s+(?:the\s+|its\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LawLink();

    [GeneratedRegex(@"\s*(?:,|\()\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LawBefore();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]he said|[Tt]hat) [Aa]rticle\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleReference();
}
