using System.Globalization;
using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// The footnotes of a document that prints them at the foot of each page instead of in a "Notes" annex (the first
/// cycle's template as converted line by line): "2 JS1, p. 2." / "3 TRIAL, p. 6. See also AI, p. 9." at the bottom of a
/// page, before its running header; note 1, the stakeholder list, at the foot of the first page. A block starts with the
/// note number expected next and a citation (or the stakeholder list), and runs to the page's end; nothing after it on
/// that page reads like a numbered paragraph or a section heading. The notes are taken out of the text, as an annex.
/// </summary>
public static partial class PageFootnotes
{
    /// <summary>The most lines a page's foot may hold below its text.</summary>
    private const int MaxBlockLines = 80;

    /// <summary>The lines without the notes, and the notes' lines (numbered, in order); null when the document has fewer than two such notes.</summary>
    public static (List<SourceLine> Text, List<SourceLine> Notes)? Extract(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new List<SourceLine>(lines.Count);
        var notes = new List<SourceLine>();
        var expected = 1;
        var inBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.PageBreakBefore)
            {
                inBlock = false;
            }

            if (NoteLine().Match(line.Text) is { Success: true } note && int.Parse(note.Groups["n"].Value, CultureInfo.InvariantCulture) == expected
                && (inBlock || (OpensNote(expected, note.Groups["text"].Value) && RunsToPageEnd(lines, i))))
            {
                inBlock = true;
                notes.Add(line);
                expected++;
                continue;
            }

            (inBlock ? notes : text).Add(line);
        }

        return expected > 3 ? (text, notes) : null;
    }

    private static bool OpensNote(int number, string text) =>
        number == 1 ? text.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase) || ParagraphStarts.IsFootnoteCitation(text)
            : ParagraphStarts.IsFootnoteCitation(text) || SourceFirst().IsMatch(text);

    /// <summary>The first cycle's long citation: a source's abbreviation, then its title ("AI, Bangladesh: Submission to the UN ...").</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{Ll}\d&+/-]{0,11}(?:\s\d{1,2})?[,:]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SourceFirst();

    /// <summary>From <paramref name="first"/> to the next page break (or the end), no numbered paragraph or section heading.</summary>
    private static bool RunsToPageEnd(IReadOnlyList<SourceLine> lines, int first)
    {
        for (var j = first + 1; j < lines.Count; j++)
        {
            if (lines[j].PageBreakBefore)
            {
                return true;
            }

            var text = lines[j].Text;
            if (j - first > MaxBlockLines || ParagraphLine().IsMatch(text) || HeadingShapes.Roman().IsMatch(text) || HeadingShapes.Letter().IsMatch(text))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^\d{1,3}\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphLine();
}
