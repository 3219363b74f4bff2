using System.Globalization;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Segmentation;

/// <summary>
/// Segments a document: page furniture out, front matter skipped up to the first heading or paragraph, the body into
/// headings and numbered paragraphs, and the "Notes" annex when present. A segmentation that does not look like the
/// genre's (paragraphs that do not run 1..N, less than 80% of the body's text, headings aside, in numbered paragraphs,
/// a paragraph too long to be one) still gives the document, with <see cref="SegmentedDocument.Warnings"/> that say so.
/// </summary>
public static class DocumentSegmenter
{
    public static SegmentedDocument Segment(SourceDocument document) => Segment(document, JointMembers.Default);

    /// <summary>Segments with the given reader of joint submissions' member lists (its organisation words come from the vocabulary).</summary>
    public static SegmentedDocument Segment(SourceDocument document, JointMembers members)
    {
        ArgumentNullException.ThrowIfNull(document);
        var info = DocumentInfoReader.Read(document.File, document.Text);
        var lines = PageFurniture.Remove(LineReader.Read(document.Text));
        var start = lines.FindIndex(l => HeadingShapes.Roman().IsMatch(l.Text) || l.Text.StartsWith("1. ", StringComparison.Ordinal));
        if (start < 0)
        {
            throw InputException.NotASummary(document.File, "no section heading (\"I. Background\") or numbered paragraph \"1.\"");
        }

        var (body, annexLines) = NotesAnnexLocator.Split(lines, start);
        if (annexLines is null && PageFootnotes.Extract(lines) is { } footed)
        {
            // No "Notes" annex: the notes stand at the foot of each page; out of the text, they are the annex.
            lines = footed.Text;
            start = lines.FindIndex(l => HeadingShapes.Roman().IsMatch(l.Text) || l.Text.StartsWith("1. ", StringComparison.Ordinal));
            body = lines.GetRange(start, lines.Count - start);
            annexLines = footed.Notes;
        }

        var segmenter = new BodySegmenter(document.File, new FootnoteMarks());
        var paragraphs = segmenter.Segment(body);
        if (paragraphs.Count < 2)
        {
            throw InputException.NotASummary(document.File, $"found {paragraphs.Count} numbered paragraph(s); a summary has dozens");
        }

        var annex = annexLines is null ? null : NotesAnnexParser.Parse(annexLines, members);
        return new SegmentedDocument(document.File, info, paragraphs, annex) { Warnings = Warnings(body, paragraphs, segmenter.HeadingCharacters) };
    }

    /// <summary>The longest paragraph the genre writes is a few thousand characters; one far longer swallowed others.</summary>
    public const int LongParagraph = 6000;

    /// <summary>The share of the body's characters that its numbered paragraphs hold, at least.</summary>
    public const double MinimumCoverage = 0.8;

    private static List<DocumentWarning> Warnings(IReadOnlyList<SourceLine> body, IReadOnlyList<Paragraph> paragraphs, long headingCharacters)
    {
        var warnings = new List<DocumentWarning>();
        var previous = 0;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Number != previous + 1)
            {
                warnings.Add(new DocumentWarning("paragraph-sequence", previous == 0
                    ? $"the first numbered paragraph is {paragraph.Number}, not 1 (line {paragraph.Span.Line})"
                    : $"paragraph {paragraph.Number} follows paragraph {previous} (line {paragraph.Span.Line}); numbered paragraphs should run 1..N"));
                break;
            }

            previous = paragraph.Number;
        }

        var bodyCharacters = body.Sum(l => (long)l.Text.Length + 1) - headingCharacters;
        var paragraphCharacters = paragraphs.Sum(p => (long)p.Text.Length + 1);
        if (bodyCharacters > 0 && paragraphCharacters < MinimumCoverage * bodyCharacters)
        {
            warnings.Add(new DocumentWarning("paragraph-coverage", string.Format(
                CultureInfo.InvariantCulture,
                "numbered paragraphs hold {0:P0} of the body's text (from the first heading to the Notes, headings aside), less than {1:P0}: paragraphs were missed",
                (double)paragraphCharacters / bodyCharacters,
                MinimumCoverage)));
        }

        if (paragraphs.FirstOrDefault(p => p.Text.Length > LongParagraph) is { } longest)
        {
            warnings.Add(new DocumentWarning("paragraph-length", string.Format(
                CultureInfo.InvariantCulture,
                "paragraph {0} (line {1}) is {2:N0} characters long, more than any paragraph of the genre: the numbers of the paragraphs after it were probably missed",
                longest.Number,
                longest.Span.Line,
                longest.Text.Length)));
        }

        return warnings;
    }
}
