namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>The seed as the three accepted inputs: its text, a PDF laid out from it, a Word file written from it.</summary>
public sealed class SeedInputs : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeedInputs()
    {
        TextPath = _folder.File(Seed.FileName);
        File.Copy(Seed.Path, TextPath);
        PdfPath = _folder.Write("A-HRC-WG.6-34-KAZ-3.pdf", SeedPdfWriter.Write(Seed.Lines, Seed.Symbol).Pdf);
        DocxPath = _folder.File("A-HRC-WG.6-34-KAZ-3.docx");

        // Superscript runs, not real footnotes: the seed has no Notes annex, so neither should its Word twin.
        SeedDocxWriter.Write(DocxPath, Seed.Lines, realFootnotes: false);
    }

    public string TextPath { get; }

    public string PdfPath { get; }

    public string DocxPath { get; }

    public void Dispose() => _folder.Dispose();
}
