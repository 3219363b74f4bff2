using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>
/// Writes lines as a Word document, one paragraph per line: a paragraph number separated from its text by a tab, the
/// footnote numbers either as real footnotes (references in the text, their text in the footnotes part) or as plain
/// superscript runs, and a page break every <c>linesPerPage</c> paragraphs. Returns the text the reader should give.
/// </summary>
internal static partial class SeedDocxWriter
{
    public static string Write(string path, IReadOnlyList<string> lines, bool realFootnotes, int linesPerPage = 50)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        var expected = new StringBuilder();
        var notes = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var paragraph = new Paragraph();
            if (i > 0 && i % linesPerPage == 0)
            {
                paragraph.Append(new Run(new Break { Type = BreakValues.Page }));
                expected.Append('\f');
            }

            var line = lines[i];
            var label = Label().Match(line);
            if (label.Success)
            {
                paragraph.Append(new Run(new Text(label.Groups[1].Value), new TabChar()));
                line = line[label.Length..];
            }

            foreach (var (text, isFootnote) in FootnoteMarks.Split(line))
            {
                paragraph.Append(isFootnote && realFootnotes ? Reference(footnotes, text, notes) : TextRun(text, superscript: isFootnote));
            }

            body.Append(paragraph);
            expected.Append(lines[i]).Append('\n');
        }

        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = footnotes;
        return expected.Append(notes.Length > 0 ? "Notes\n" + notes : string.Empty).ToString();
    }

    private static Run TextRun(string text, bool superscript)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (superscript)
        {
            run.PrependChild(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
        }

        return run;
    }

    private static Run Reference(Footnotes footnotes, string number, StringBuilder notes)
    {
        // Word numbers footnotes by their order; the ids only link reference and note (Word starts them at 1 or 2).
        var id = footnotes.ChildElements.Count + 1;
        var note = string.Create(CultureInfo.InvariantCulture, $"See the submission of JS{id % 12}, p. {id}.");
        footnotes.Append(new Footnote(
            new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                new Run(new TabChar(), new Text(note)))) { Id = id });
        notes.Append(number).Append(' ').Append(note).Append('\n');
        return new Run(
            new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            new FootnoteReference { Id = id });
    }

    [GeneratedRegex(@"^(\d{1,3}\.|[IVX]{1,4}\.|[A-H]\.) (?=\S)")]
    private static partial Regex Label();
}
