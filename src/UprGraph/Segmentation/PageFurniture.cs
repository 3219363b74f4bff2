using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// Removes what the PDF repeats on every page: the symbol as running header or footer (also split as
/// "United Nations A" / "/HRC/..."), page numbers next to it, the "GE.17-18825(E)" job number, the masthead's
/// "General Assembly", "Distr.: General", date and language lines, the asterisk note of the first page, and lines
/// with no letter or digit (the bar code, drawn in a private-use font).
/// </summary>
public static partial class PageFurniture
{
    public static List<SourceLine> Remove(IReadOnlyList<SourceLine> lines)
    {
        var isSymbol = lines.Select(l => IsSymbolOrJobNumber(l.Text)).ToArray();
        var kept = new List<SourceLine>(lines.Count);
        var pageBreak = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            pageBreak |= line.PageBreakBefore;
            var text = line.Text;
            // Each pattern is tried only on a line that starts as it must: most lines are running text.
            // A number before the running header is its page number unless the header has its number after it: then
            // it is a note's number at the foot of the page before ("14" / "A/HRC/WG.6/41/IND/3" / "10" / "AI, p. 9.").
            var pageNumber = (text.Length is > 0 and <= 3 && PageNumber().IsMatch(text)
                && ((i > 0 && isSymbol[i - 1])
                    || (i + 1 < lines.Count && !(isSymbol[i + 1] && NumberedAfter(lines, i + 1))
                        && (isSymbol[i + 1] || lines[i + 1].PageBreakBefore || lines[i + 1].Text is "Notes"))))
                || ((text.StartsWith("Page", StringComparison.Ordinal) || text.StartsWith("page", StringComparison.Ordinal)) && PageHeader().IsMatch(text));
            if (isSymbol[i] || pageNumber || (text.Length > 0 && (text[0] is 'G' or '*' or 'D' or 'O' || char.IsDigit(text[0])) && Masthead().IsMatch(text))
                || !text.Any(char.IsLetterOrDigit))
            {
                pageBreak = true;
                continue;
            }

            kept.Add(pageBreak ? line with { PageBreakBefore = true } : line);
            pageBreak = false;
        }

        return kept;
    }

    private static bool NumberedAfter(IReadOnlyList<SourceLine> lines, int symbol) =>
        symbol + 1 < lines.Count && lines[symbol + 1].Text.Length is > 0 and <= 3 && PageNumber().IsMatch(lines[symbol + 1].Text);

    private static bool IsSymbolOrJobNumber(string text) =>
        ((text.Contains("HRC/WG.6/", StringComparison.Ordinal) || text.StartsWith("United Nations", StringComparison.Ordinal)) && SymbolLine().IsMatch(text))
        || ((text.StartsWith("GE.", StringComparison.Ordinal) || (text.Length > 0 && char.IsAsciiDigit(text[0]) && text.Contains(" GE.", StringComparison.Ordinal)))
            && JobNumber().IsMatch(text));

    [GeneratedRegex(@"^(?:United Nations\s*)?A?\s*/?HRC/WG\.6/\d+/[A-Z]{3}/\d+(?:\s+\d{1,3})?$|^United Nations\s+A$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolLine();

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    /// <summary>The first cycle's running header under the symbol: "Page 2", "page 3 of 12".</summary>
    [GeneratedRegex(@"^[Pp]age\s+\d{1,3}(?:\s+of\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PageHeader();

    /// <summary>
    /// The UN's job number, with or without its language mark and dates, and with the page number beside it in a footer:
    /// "GE.17-18825(E)", "GE.26-02004", "GE.08-11834 (E) 140308", "GE.14-19876 3", "2 GE.14-19876".
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,3}\s+)?GE\.\d{2}-\d{4,6}(?:\s*\(E\).*|\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex JobNumber();

    [GeneratedRegex(@"^(?:GE\.\d{2}-\d{4,6}\s*\(E\).*|\*|\*\s*The present document.*|General Assembly(?:\s+Distr\.: General)?|Distr\.:? General|Original: [A-Z][a-z]+|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\*\d{5,}\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Masthead();
}
