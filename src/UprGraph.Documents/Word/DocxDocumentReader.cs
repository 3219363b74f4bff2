using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Documents.Word;

/// <summary>
/// Reads a Word document (.docx, OpenXml): one line per paragraph of the body (tables cell by cell), footnote
/// references as their numbers glued to the text, and the footnotes' text at the end under a "Notes" line as
/// "N text" lines, the way the UN's PDF summaries end. A damaged file is refused with a one-line reason.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    /// <summary>Claims .docx files and Word packages, and .doc files to refuse them clearly rather than as binary text.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FileSignatures.HasExtension(path, ".docx") || FileSignatures.IsWordPackage(head)
        || (FileSignatures.HasExtension(path, ".doc") && FileSignatures.IsCompoundFile(head));

    public SourceDocument Read(string path)
    {
        var text = new SourceTextBuilder();
        try
        {
            Check(path);
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart ?? throw InputException.Unreadable(path, "not a Word document (no main document part)");
            var body = main.Document?.Body ?? throw InputException.Unreadable(path, "not a Word document (no document body)");
            var walker = new DocxTextWalker(text, new DocxNumbering(main));
            foreach (var paragraph in body.Descendants<Paragraph>().Where(p => p.Ancestors<Paragraph>().FirstOrDefault() is null))
            {
                walker.WriteParagraph(paragraph);
            }

            DocxNotes.Write(main.FootnotesPart, walker, text);
        }
        catch (FileNotFoundException e)
        {
            throw InputException.Unreadable(path, "no such file", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            throw InputException.Unreadable(path, "the Word document is damaged: " + e.Message.ReplaceLineEndings(" ").Trim(), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }

        return text.HasText ? new SourceDocument(path, text.Build()) : throw InputException.Empty(path);
    }

    private static void Check(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw InputException.Empty(path);
        }

        if (FileSignatures.IsCompoundFile(head[..read]))
        {
            throw InputException.Unreadable(path, "a Word 97-2003 (.doc) file; save it as .docx or PDF");
        }

        if (!FileSignatures.IsZip(head[..read]))
        {
            throw InputException.Unreadable(path, "not a Word document (a .docx is a zip package; this file is not)");
        }
    }
}
