using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Segmentation;

/// <summary>
/// Segments a document: page furniture out, front matter skipped up to the first heading or paragraph, the body into
/// headings and numbered paragraphs, and the "Notes" annex when present.
/// </summary>
public static class DocumentSegmenter
{
    public static SegmentedDocument Segment(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var info = DocumentInfoReader.Read(document.File, document.Text);
        var lines = PageFurniture.Remove(LineReader.Read(document.Text));
        var start = lines.FindIndex(l => HeadingShapes.Roman().IsMatch(l.Text) || l.Text.StartsWith("1. ", StringComparison.Ordinal));
        if (start < 0)
        {
            throw InputException.NotASummary(document.File, "no section heading (\"I. Background\") or numbered paragraph \"1.\"");
        }

        var notes = lines.FindIndex(start, l => l.Text is "Notes" or "Notes:");
        var body = lines.GetRange(start, (notes < 0 ? lines.Count : notes) - start);
        var paragraphs = new BodySegmenter(document.File, new FootnoteMarks()).Segment(body);
        if (paragraphs.Count < 2)
        {
            throw InputException.NotASummary(document.File, $"found {paragraphs.Count} numbered paragraph(s); a summary has dozens");
        }

        var annex = notes < 0 ? null : NotesAnnexParser.Parse(lines.GetRange(notes + 1, lines.Count - notes - 1));
        return new SegmentedDocument(document.File, info, paragraphs, annex);
    }
}
