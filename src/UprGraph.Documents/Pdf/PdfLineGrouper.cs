using UglyToad.PdfPig.Content;

namespace UprGraph.Documents.Pdf;

/// <summary>
/// Groups a page's letters into printed lines, top to bottom: letters whose baselines lie within
/// <see cref="BaselineTolerance"/> of a line's baseline join it, then a line of smaller letters raised a little above
/// the next line (footnote numbers set as superscripts) is merged into that line, so "legislation.3" stays one word.
/// </summary>
internal static class PdfLineGrouper
{
    /// <summary>Baselines closer than this fraction of the point size belong to one line.</summary>
    public const double BaselineTolerance = 0.2;

    /// <summary>A superscript is at most this fraction of its line's point size...</summary>
    public const double SuperscriptMaxSize = 0.85;

    /// <summary>...and its baseline at most this fraction of that size above the line's baseline.</summary>
    public const double SuperscriptMaxRise = 0.6;

    public static List<PdfLine> Group(IEnumerable<Letter> letters)
    {
        var lines = new List<PdfLine>();
        PdfLine? line = null;
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.PointSize, line?.PointSize ?? 0);
            if (line is null || line.Baseline - letter.StartBaseLine.Y > BaselineTolerance * size)
            {
                line = new PdfLine(letter.StartBaseLine.Y);
                lines.Add(line);
            }

            line.Add(letter);
        }

        return MergeSuperscripts(lines);
    }

    private static List<PdfLine> MergeSuperscripts(List<PdfLine> lines)
    {
        var merged = new List<PdfLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var below = i + 1 < lines.Count ? lines[i + 1] : null;
            if (below is not null && IsSuperscriptOf(line, below))
            {
                below.AddRange(line);
                continue;
            }

            merged.Add(line);
        }

        return merged;
    }

    private static bool IsSuperscriptOf(PdfLine raised, PdfLine line) =>
        raised.PointSize > 0
        && raised.PointSize <= SuperscriptMaxSize * line.PointSize
        && raised.Baseline - line.Baseline <= SuperscriptMaxRise * line.PointSize;
}
