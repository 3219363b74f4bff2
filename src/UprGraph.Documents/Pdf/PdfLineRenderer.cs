using UglyToad.PdfPig.Content;

namespace UprGraph.Documents.Pdf;

/// <summary>
/// Writes a <see cref="PdfLine"/> left to right: a space where the text has one or where the gap between two letters
/// is wider than <see cref="WordGap"/> of the point size; nothing between a word and the superscript touching it.
/// </summary>
internal static class PdfLineRenderer
{
    /// <summary>Letters further apart than this fraction of the point size are separate words (a space is about 0.25).</summary>
    public const double WordGap = 0.15;

    /// <summary>The same glyph drawn again closer than this fraction of the point size (fake bold) is dropped.</summary>
    public const double Overprint = 0.1;

    public static void Render(PdfLine line, SourceTextBuilder text)
    {
        Letter? previous = null;
        foreach (var letter in line.Letters.OrderBy(l => l.StartBaseLine.X).ThenBy(l => l.TextSequence))
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                text.AppendSpace();
                continue;
            }

            if (previous is not null)
            {
                var size = Math.Max(previous.PointSize, letter.PointSize);
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (letter.Value == previous.Value && Math.Abs(letter.StartBaseLine.X - previous.StartBaseLine.X) < Overprint * size)
                {
                    continue;
                }

                if (gap > WordGap * size)
                {
                    text.AppendSpace();
                }
            }

            text.Append(Normalize(letter.Value));
            previous = letter;
        }

        text.EndLine();
    }

    /// <summary>Ligature glyphs (U+FB00-FB06: ff, fi, fl, ffi, ffl, st) become their letters; soft hyphens vanish.</summary>
    private static string Normalize(string value) =>
        value.Length == 1 && value[0] is >= '\uFB00' and <= '\uFB06'
            ? value.Normalize(System.Text.NormalizationForm.FormKC)
            : value.Replace("\u00AD", string.Empty, StringComparison.Ordinal);
}
