using UprGraph.Documents.Pdf;
using UprGraph.Documents.Tests.Fixtures;
using UprGraph.Documents.Word;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Documents.Tests;

public sealed class DocumentReadersTests(SeedInputs inputs) : IClassFixture<SeedInputs>
{
    private static readonly IDocumentReader[] s_readers = [new PdfDocumentReader(), new DocxDocumentReader(), new TextDocumentReader()];

    [Fact]
    public void Reads_a_text_file_as_text()
    {
        var document = DocumentReaders.Read(s_readers, inputs.TextPath);
        Assert.Equal(File.ReadAllText(Seed.Path).ReplaceLineEndings("\n"), document.Text);
    }

    [Fact]
    public void Reads_a_pdf_with_the_pdf_reader()
    {
        var document = DocumentReaders.Read(s_readers, inputs.PdfPath);
        Assert.StartsWith(Seed.Symbol + "\nI. Background\n1. The present report", document.Text, StringComparison.Ordinal);
        Assert.Contains('\f', document.Text);
    }

    [Fact]
    public void Reads_a_word_file_with_the_word_reader()
    {
        var document = DocumentReaders.Read(s_readers, inputs.DocxPath);
        Assert.StartsWith("I. Background\n1. The present report", document.Text, StringComparison.Ordinal);
        Assert.Contains("priority over the national legislation.3\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_pdf_by_its_header_whatever_its_name()
    {
        // Arrange
        var path = Path.ChangeExtension(inputs.PdfPath, ".download");
        File.Copy(inputs.PdfPath, path, overwrite: true);
        // Act
        var document = DocumentReaders.Read(s_readers, path);
        // Assert
        Assert.Equal(new PdfDocumentReader().Read(inputs.PdfPath).Text, document.Text);
    }

    [Fact]
    public void Refuses_an_empty_pdf_before_choosing_a_reader()
    {
        // Arrange
        var path = Path.Combine(Path.GetDirectoryName(inputs.PdfPath)!, "empty.pdf");
        File.WriteAllBytes(path, []);
        // Act
        var error = Assert.Throws<InputException>(() => DocumentReaders.Read(s_readers, path));
        // Assert
        Assert.Equal(path + ":1:1: the file is empty", error.Message);
    }
}
