using System.Globalization;
using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// Where a numbered paragraph starts other than at the start of a line with "17. ": inside a line that a converter
/// ran several paragraphs into ("... Peoples.4 3. JS2 stated ..."), and at the start of a line whose number lost its
/// full stop ("58 Citizens Watch reported ..."). Only the number expected next counts, so "article 12. The" and
/// "in 2015 12 NGOs" stay text.
/// </summary>
public static partial class ParagraphStarts
{
    /// <summary>The offset in <paramref name="line"/> where paragraph <paramref name="number"/> starts after the line's start, or -1.</summary>
    public static int Inline(string line, int number)
    {
        ArgumentNullException.ThrowIfNull(line);
        var digits = number.ToString(CultureInfo.InvariantCulture);
        for (var at = line.IndexOf(digits + ". ", 1, StringComparison.Ordinal); at > 0; at = line.IndexOf(digits + ". ", at + 1, StringComparison.Ordinal))
        {
            if (InlineStart().Match(line, at) is { Success: true } m && m.Index == at && m.Groups["n"].Value == digits && EndsSentenceBefore(line, at))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>"58 Citizens Watch reported ...": a line that starts with the expected number, a space and a capital.</summary>
    public static bool WithoutStop(string line, int number, out string rest)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = NoStop().Match(line);
        rest = match.Success ? match.Groups["text"].Value : "";
        return match.Success && int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) == number && !FootnoteCitation().IsMatch(rest);
    }

    /// <summary>
    /// Before <paramref name="at"/>: a space, then a sentence's end, optionally with its footnote number after it
    /// ("rights.12 13. ", "collusion. 40 20. "), and not an abbreviation that takes a number ("para. 3. ", "No. 3. ").
    /// </summary>
    private static bool EndsSentenceBefore(string line, int at)
    {
        var i = at - 1;
        if (i < 1 || line[i] != ' ')
        {
            return false;
        }

        i--;
        var digitsEnd = i;
        while (i >= 0 && char.IsAsciiDigit(line[i]) && digitsEnd - i < 3)
        {
            i--;
        }

        if (i < digitsEnd && i >= 0 && line[i] == ' ')
        {
            i--;
        }

        while (i >= 0 && line[i] is '”' or '"' or '’' or '\'' or ')')
        {
            i--;
        }

        if (i < 0 || line[i] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var wordEnd = i;
        var wordStart = i;
        while (wordStart > 0 && char.IsLetter(line[wordStart - 1]))
        {
            wordStart--;
        }

        var word = line[wordStart..wordEnd];
        return !s_numberAbbreviations.Contains(word);
    }

    private static readonly HashSet<string> s_numberAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "para", "paras", "No", "Nos", "p", "pp", "art", "arts", "Vol" };

    [GeneratedRegex(@"\G(?<n>\d{1,3})\.\s+(?=[\p{Lu}“""‘(])", RegexOptions.CultureInvariant)]
    private static partial Regex InlineStart();

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?<text>[\p{Lu}“""].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoStop();

    /// <summary>Whether <paramref name="text"/> reads like a footnote's citation ("AI, p. 3.", "See A/HRC/23/11", "Ibid.").</summary>
    public static bool IsFootnoteCitation(string text) => FootnoteCitation().IsMatch(text);

    /// <summary>What a footnote that strayed into the body reads like: "12 AI, p. 3.", "14 See A/HRC/23/11", "3 Ibid."</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}\d/&+.-]*(?:\s[\p{L}\d/&+.-]+){0,6},\s*(?:p|pp|para|paras|page|pages)\.?\s*\d|See\b|Ibid\b|For relevant recommendations\b|A/HRC/|[\p{Lu}][\p{L}\d/&+-]*,?\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteCitation();
}
