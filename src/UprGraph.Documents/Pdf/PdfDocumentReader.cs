using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Documents.Pdf;

/// <summary>
/// Reads the text layer of a PDF (PdfPig): every page's letters regrouped into lines in reading order, superscript
/// footnote numbers glued to the word before them, pages separated by '\f'. A PDF without text (a scan) is refused with
/// <see cref="InputException.NoTextLayer"/>; a damaged, truncated or password-protected one with a one-line reason.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>PDF readers look for the end-of-file marker in the last kilobyte.</summary>
    private const int TrailerWindow = 1024;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FileSignatures.IsPdf(head) || FileSignatures.HasExtension(path, ".pdf");

    public SourceDocument Read(string path)
    {
        var bytes = ReadBytes(path);
        Check(path, bytes);
        var text = new SourceTextBuilder();
        foreach (var letters in ReadLetters(path, bytes))
        {
            text.PageBreak();
            foreach (var line in PdfLineGrouper.Group(letters))
            {
                PdfLineRenderer.Render(line, text);
            }
        }

        return text.HasText ? new SourceDocument(path, text.Build()) : throw InputException.NoTextLayer(path);
    }

    /// <summary>
    /// The horizontal letters of every page. Only PdfPig runs here: on damaged files it throws its format exception
    /// and, from deeper parsers, the system exceptions listed (seen by corrupting PDFs at random), which are all
    /// reported as a damaged file; the line grouping runs outside, so a fault of ours is not taken for one.
    /// </summary>
    private static List<List<Letter>> ReadLetters(string path, byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return document.GetPages()
                .Select(page => page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList())
                .ToList();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw InputException.Unreadable(path, "the PDF is password-protected; give an unprotected copy", e);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw InputException.Unreadable(path, "the PDF is damaged: " + OneLine(e.Message), e);
        }
    }

    private static bool IsDamage(Exception e) =>
        e is PdfDocumentFormatException or InvalidFontFormatException or CorruptCompressedDataException
            or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException
            or IndexOutOfRangeException or InvalidCastException or NullReferenceException;

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.Unreadable(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message, e);
        }
    }

    private static void Check(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw InputException.Empty(path);
        }

        if (!FileSignatures.IsPdf(bytes[..Math.Min(bytes.Length, TrailerWindow)]))
        {
            throw InputException.Unreadable(path, "not a PDF (no %PDF- header); give a .txt, .pdf or .docx UPR summary");
        }

        if (bytes[Math.Max(0, bytes.Length - TrailerWindow)..].IndexOf("%%EOF"u8) < 0)
        {
            throw InputException.Unreadable(path, "the PDF is truncated (no %%EOF marker at its end); download it again");
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
