using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprGraph.Documents.Word;

/// <summary>
/// Writes the text of Word paragraphs as the PDF text layer shows it: one line per paragraph, runs concatenated, tabs as
/// spaces, line breaks as new lines, page breaks as '\f', each footnote reference as its number glued to the text.
/// Deleted text and field codes are left out; paragraphs nested in text boxes are skipped (they float outside the flow).
/// </summary>
internal sealed class DocxTextWalker(SourceTextBuilder text, DocxNumbering numbering)
{
    private readonly List<long> _footnotes = [];

    /// <summary>The ids of the footnotes referenced so far, in order: the n-th is footnote number n.</summary>
    public IReadOnlyList<long> Footnotes => _footnotes;

    public void WriteParagraph(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val?.Value ?? true))
        {
            text.PageBreak();
        }

        if (numbering.Label(paragraph) is { } label)
        {
            text.Append(label);
            text.AppendSpace();
        }

        WriteChildren(paragraph);
        text.EndLine();
    }

    /// <summary>Writes a footnote's paragraphs on the current line, without its own reference mark.</summary>
    public void WriteInline(OpenXmlElement element)
    {
        foreach (var paragraph in element.Elements<Paragraph>())
        {
            text.AppendSpace();
            WriteChildren(paragraph);
        }
    }

    private void WriteChildren(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.AppendSpace();
                    break;
                case Break { Type.Value: var type } when type == BreakValues.Page:
                    text.PageBreak();
                    break;
                case Break or CarriageReturn:
                    text.EndLine();
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case FootnoteReference reference when reference.CustomMarkFollows?.Value != true:
                    _footnotes.Add(reference.Id?.Value ?? -1);
                    text.Append(_footnotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Paragraph:
                    break;
                default:
                    WriteChildren(child);
                    break;
            }
        }
    }
}
