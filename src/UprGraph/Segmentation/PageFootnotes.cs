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

            if (IsNumber(line.Text, expected) && i + 1 < lines.Count && !lines[i + 1].PageBreakBefore && !IsNumber(lines[i + 1].Text, expected + 1)
                && (inBlock || ((OpensNote(expected, lines[i + 1].Text) || NextNoteFollows(lines, i + 2, expected + 1)) && RunsToPageEnd(lines, i + 1))))
            {
                // "3" / "AI, p. 6.": the note's number on a line of its own (`pdftotext -raw`), its text on the next.
                inBlock = true;
                notes.Add(lines[i + 1] with { Text = line.Text + " " + lines[i + 1].Text });
                expected++;
                i++;
                continue;
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

    /// <summary>Whether note <paramref name="number"/> stands on a line of its own within a few lines from <paramref name="from"/>, on the same page, and opens with a citation.</summary>
    private static bool NextNoteFollows(IReadOnlyList<SourceLine> lines, int from, int number)
    {
        for (var j = from; j < lines.Count && j < from + 12 && !lines[j].PageBreakBefore; j++)
        {
            if (IsNumber(lines[j].Text, number))
            {
                return j + 1 < lines.Count && OpensNote(number, lines[j + 1].Text);
            }
        }

        return false;
    }

    private static bool IsNumber(string text, int number) =>
        text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) == number;

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
