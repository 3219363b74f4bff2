using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>
/// Lays lines out on A4 pages the way the UN prints a summary: the symbol as running header, paragraph and heading
/// numbers in the left column with the text indented, footnote numbers as smaller raised text right after their word,
/// the page number as footer (drawn first, the header last). Returns the PDF and the text its text layer should give back.
/// </summary>
internal static partial class SeedPdfWriter
{
    private const double Size = 10;
    private const double FootnoteSize = 6;
    private const double FootnoteRise = 3.5;
    private const double Leading = 12;
    private const double Margin = 56.7;
    private const double Indent = 85;
    public const int LinesPerPage = 56;

    /// <summary>The text layer of lines laid out this way: per page the header, the lines, the page number.</summary>
    public static string ExpectedText(IReadOnlyList<string> lines, string header)
    {
        var expected = new StringBuilder();
        var pages = lines.Chunk(LinesPerPage).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            expected.Append(p == 0 ? string.Empty : "\f").Append(header).Append('\n');
            foreach (var line in pages[p])
            {
                expected.Append(line).Append('\n');
            }

            expected.Append((p + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return expected.ToString();
    }

    public static (byte[] Pdf, string Text) Write(IReadOnlyList<string> lines, string header)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var pages = lines.Chunk(LinesPerPage).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var top = page.PageSize.Top;
            var number = (p + 1).ToString(CultureInfo.InvariantCulture);
            page.AddText(number, Size, new PdfPoint(page.PageSize.Width - Margin - 10, 40), font);
            var y = top - 70;
            foreach (var line in pages[p])
            {
                WriteLine(page, font, line, y);
                y -= Leading;
            }

            // Drawn last, as some typesetters do: reading order must come from the layout, not the content stream.
            page.AddText(header, Size, new PdfPoint(Margin, top - 40), font);
        }

        return (builder.Build(), ExpectedText(lines, header));
    }

    private static void WriteLine(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string line, double y)
    {
        var x = Margin;
        var label = Label().Match(line);
        if (label.Success)
        {
            page.AddText(label.Groups[1].Value, Size, new PdfPoint(Margin, y), font);
            line = line[label.Length..];
            x = Indent;
        }

        foreach (var (text, isFootnote) in FootnoteMarks.Split(line))
        {
            var letters = isFootnote
                ? page.AddText(text, FootnoteSize, new PdfPoint(x, y + FootnoteRise), font)
                : page.AddText(text, Size, new PdfPoint(x, y), font);
            x = letters.Count > 0 ? letters[^1].EndBaseLine.X : x;
        }
    }

    // "12. ", "II. ", "A. " at the start of a line: the number sits in the left column, the text at the indent.
    [GeneratedRegex(@"^(\d{1,3}\.|[IVX]{1,4}\.|[A-H]\.) (?=\S)")]
    private static partial Regex Label();
}
