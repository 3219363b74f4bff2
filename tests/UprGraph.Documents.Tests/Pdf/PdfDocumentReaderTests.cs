using UprGraph.Documents.Pdf;
using UprGraph.Documents.Tests.Fixtures;
using UprGraph.Model;

namespace UprGraph.Documents.Tests.Pdf;

public sealed class PdfDocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Reads_back_the_lines_of_a_laid_out_summary_page_by_page()
    {
        // Arrange
        var (pdf, expected) = SeedPdfWriter.Write(Seed.Lines, Seed.Symbol);
        var path = _folder.Write("kaz.pdf", pdf);
        // Act
        var document = new PdfDocumentReader().Read(path);
        // Assert
        Assert.Equal(expected, document.Text);
        Assert.Equal(expected.Count(c => c == '\f'), document.Text.Count(c => c == '\f'));
    }

    [Fact]
    public void Reads_back_a_summary_justified_with_raised_footnotes_by_another_producer()
    {
        // Arrange
        var path = _folder.File("kaz-reportlab.pdf");
        ReportLabPdfWriter.Write(path, Seed.Lines, Seed.Symbol);
        // Act
        var document = new PdfDocumentReader().Read(path);
        // Assert
        Assert.Equal(SeedPdfWriter.ExpectedText(Seed.Lines, Seed.Symbol), document.Text);
    }

    [Fact]
    public void Gives_the_words_of_the_source_in_order()
    {
        // Arrange
        var (pdf, _) = SeedPdfWriter.Write(Seed.Lines, Seed.Symbol);
        var path = _folder.Write("kaz.pdf", pdf);
        // Act
        var document = new PdfDocumentReader().Read(path);
        // Assert: each page is running header, body lines, page number
        var body = document.Text.Split('\f').SelectMany(page => page.TrimEnd('\n').Split('\n')[1..^1]);
        Assert.Equal(Seed.Lines.SelectMany(TextLines.Words), body.SelectMany(TextLines.Words));
    }

    [Theory]
    [InlineData("Tyrannia, by recognizing their complete priority over the national legislation.3")]
    [InlineData("the Optional Protocol to the Convention on the Rights of the Child,4 and of Persons6 with")]
    [InlineData("Journalists were targeted using article 174.63 Such cases were")]
    public void Glues_superscript_footnote_numbers_to_the_word_before_them(string line)
    {
        // Arrange
        var (pdf, _) = SeedPdfWriter.Write([line], "A/HRC/WG.6/40/TYR/3");
        var path = _folder.Write("tyr.pdf", pdf);
        // Act
        var lines = TextLines.NonBlank(new PdfDocumentReader().Read(path).Text);
        // Assert
        Assert.Equal(["A/HRC/WG.6/40/TYR/3", line, "1"], lines);
    }

    [Fact]
    public void Separates_a_paragraph_number_from_its_indented_text_by_one_space()
    {
        // Arrange
        var (pdf, _) = SeedPdfWriter.Write(["17. Joint Submission 4 (JS4) noted that article 130 of the Penal Code was vague.12"], "A/HRC/WG.6/40/RUR/3");
        var path = _folder.Write("rur.pdf", pdf);
        // Act
        var lines = TextLines.NonBlank(new PdfDocumentReader().Read(path).Text);
        // Assert
        Assert.Equal("17. Joint Submission 4 (JS4) noted that article 130 of the Penal Code was vague.12", lines[1]);
    }

    [Fact]
    public void Refuses_a_scan_without_text_layer_naming_the_file()
    {
        // Arrange
        var path = _folder.Write("scanned.pdf", BlankPdf.Scan(pages: 2));
        // Act
        var error = Assert.Throws<InputException>(() => new PdfDocumentReader().Read(path));
        // Assert
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_text_file_named_pdf()
    {
        // Arrange
        var path = _folder.Write("notes.pdf", "12. JS9 noted that the Law \"On Mass Media\" was restrictive.3\n"u8.ToArray());
        // Act
        var error = Assert.Throws<InputException>(() => new PdfDocumentReader().Read(path));
        // Assert
        Assert.Equal(path + ": cannot read: not a PDF (no %PDF- header); give a .txt, .pdf or .docx UPR summary", error.Message);
    }

    [Fact]
    public void Refuses_a_truncated_pdf()
    {
        // Arrange
        var (pdf, _) = SeedPdfWriter.Write(Seed.Lines, Seed.Symbol);
        var path = _folder.Write("cut.pdf", pdf[..(pdf.Length / 2)]);
        // Act
        var error = Assert.Throws<InputException>(() => new PdfDocumentReader().Read(path));
        // Assert
        Assert.Equal(path + ": cannot read: the PDF is truncated (no %%EOF marker at its end); download it again", error.Message);
    }

    [Fact]
    public void Reads_or_refuses_with_one_line_every_pdf_damaged_at_random()
    {
        // Arrange: bytes overwritten at random (a fixed seed) in a short summary
        var (pdf, _) = SeedPdfWriter.Write(Seed.Lines.Take(60).ToList(), Seed.Symbol);
        var random = new Random(2017);
        var refused = 0;
        for (var i = 0; i < 150; i++)
        {
            var damaged = (byte[])pdf.Clone();
            for (var j = random.Next(1, 40); j > 0; j--)
            {
                damaged[random.Next(16, damaged.Length - 16)] = (byte)random.Next(256);
            }

            var path = _folder.Write($"damaged{i}.pdf", damaged);
            // Act
            try
            {
                new PdfDocumentReader().Read(path);
            }
            catch (InputException e)
            {
                // Assert: anything else escapes and fails the test
                Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', e.Message);
                refused++;
            }
        }

        Assert.InRange(refused, 1, 149);
    }

    [Fact]
    public void Refuses_an_empty_file_named_pdf()
    {
        // Arrange
        var path = _folder.Write("empty.pdf", []);
        // Act
        var error = Assert.Throws<InputException>(() => new PdfDocumentReader().Read(path));
        // Assert
        Assert.Equal(path + ":1:1: the file is empty", error.Message);
    }

    [Theory]
    [InlineData("x.pdf", "", true)]
    [InlineData("x.PDF", "", true)]
    [InlineData("x.bin", "%PDF-1.7\n", true)]
    [InlineData("x.txt", "1. The present report", false)]
    public void Claims_files_by_pdf_header_or_extension(string path, string head, bool expected)
    {
        Assert.Equal(expected, new PdfDocumentReader().CanRead(path, System.Text.Encoding.ASCII.GetBytes(head)));
    }

    public void Dispose() => _folder.Dispose();
}
