using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>PDFs without text: a scan (pages that are only an image).</summary>
internal static class BlankPdf
{
    // A 1x1 grey PNG: the smallest stand-in for a scanned page.
    private const string Pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==";

    public static byte[] Scan(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(Convert.FromBase64String(Pixel), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }
}
