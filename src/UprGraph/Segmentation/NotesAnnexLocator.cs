using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// Where the body ends and the "Notes" annex starts. Usually at a line "Notes"; but a converter may put that heading
/// inside the last paragraph, with the body going on after it: then the annex starts at its first note ("1 ...", with
/// note 2 after it), and the lines between are body. Without the heading, a first note that lists the stakeholders
/// ("1 The stakeholders listed below ...") starts the annex.
/// </summary>
public static partial class NotesAnnexLocator
{
    public static (List<SourceLine> Body, List<SourceLine>? Annex) Split(List<SourceLine> lines, int start)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var heading = lines.FindIndex(start, l => NotesHeading().IsMatch(l.Text));
        if (heading < 0)
        {
            var listed = lines.FindIndex(start, l => l.Text.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase));
            var first = listed < 0 ? -1 : lines.FindLastIndex(listed, Math.Min(6, listed - start + 1), l => FirstNote().IsMatch(l.Text));
            return first < 0 ? (lines.GetRange(start, lines.Count - start), null) : (lines.GetRange(start, first - start), lines.GetRange(first, lines.Count - first));
        }

        var body = lines.GetRange(start, heading - start);
        var noteOne = FindFirstNote(lines, heading + 1);
        if (noteOne > heading + 1)
        {
            body.AddRange(lines.GetRange(heading + 1, noteOne - heading - 1));
            return (body, lines.GetRange(noteOne, lines.Count - noteOne));
        }

        return (body, lines.GetRange(heading + 1, lines.Count - heading - 1));
    }

    /// <summary>The first line from <paramref name="from"/> that starts note 1 and has note 2 after it; -1 when none does.</summary>
    private static int FindFirstNote(List<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!FirstNote().IsMatch(lines[i].Text))
            {
                continue;
            }

            if (SecondNoteInline().IsMatch(lines[i].Text))
            {
                return i;
            }

            for (var j = i + 1; j < lines.Count && j <= i + 40; j++)
            {
                if (SecondNote().IsMatch(lines[j].Text))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:Notes|NOTES|Endnotes|ENDNOTES)\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();

    [GeneratedRegex(@"^1(?:\s+\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNote();

    [GeneratedRegex(@"^2(?:\s+\S.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SecondNote();

    [GeneratedRegex(@"[.;)]\s+2\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SecondNoteInline();
}
