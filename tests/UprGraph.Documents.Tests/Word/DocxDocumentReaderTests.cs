using UprGraph.Documents.Tests.Fixtures;
using UprGraph.Documents.Word;
using UprGraph.Model;

namespace UprGraph.Documents.Tests.Word;

public sealed class DocxDocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Reads_one_line_per_paragraph_with_footnote_numbers_and_notes_at_the_end()
    {
        // Arrange
        var path = _folder.File("kaz.docx");
        var expected = SeedDocxWriter.Write(path, Seed.Lines, realFootnotes: true);
        // Act
        var document = new DocxDocumentReader().Read(path);
        // Assert
        Assert.Equal(expected, document.Text);
    }

    [Fact]
    public void Gives_the_words_of_the_source_in_order()
    {
        // Arrange
        var path = _folder.File("kaz.docx");
        SeedDocxWriter.Write(path, Seed.Lines, realFootnotes: true);
        // Act
        var text = new DocxDocumentReader().Read(path).Text;
        // Assert
        var body = text[..text.IndexOf("\nNotes\n", StringComparison.Ordinal)];
        Assert.Equal(Seed.Lines.SelectMany(TextLines.Words), TextLines.Words(body));
        Assert.Contains("\n151 See the submission of JS", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_superscript_runs_as_footnote_numbers_glued_to_the_word()
    {
        // Arrange
        var path = _folder.File("tyr.docx");
        string[] lines = ["3. Amnesty International (AI) noted that the Ombudsperson of Tyrannia was not independent.9 JS7", "noted that there was no special legislation on the Ombudsman.10"];
        SeedDocxWriter.Write(path, lines, realFootnotes: false);
        // Act
        var text = new DocxDocumentReader().Read(path).Text;
        // Assert
        Assert.Equal(string.Join('\n', lines) + "\n", text);
    }

    [Fact]
    public void Refuses_a_damaged_word_file_naming_it()
    {
        // Arrange
        var path = _folder.File("cut.docx");
        SeedDocxWriter.Write(path, Seed.Lines, realFootnotes: true);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        // Act
        var error = Assert.Throws<InputException>(() => new DocxDocumentReader().Read(path));
        // Assert
        Assert.StartsWith(path + ": cannot read: the Word document is damaged: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Refuses_a_text_file_named_docx()
    {
        // Arrange
        var path = _folder.Write("notes.docx", "12. JS9 noted that the Law \"On Mass Media\" was restrictive.3\n"u8.ToArray());
        // Act
        var error = Assert.Throws<InputException>(() => new DocxDocumentReader().Read(path));
        // Assert
        Assert.Equal(path + ": cannot read: not a Word document (a .docx is a zip package; this file is not)", error.Message);
    }

    [Fact]
    public void Refuses_a_word_97_file_asking_for_docx()
    {
        // Arrange
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var path = _folder.Write("kaz.doc", ole);
        var reader = new DocxDocumentReader();
        // Act
        var error = Assert.Throws<InputException>(() => reader.Read(path));
        // Assert
        Assert.True(reader.CanRead(path, ole));
        Assert.Equal(path + ": cannot read: a Word 97-2003 (.doc) file; save it as .docx or PDF", error.Message);
    }

    [Fact]
    public void Refuses_an_empty_file_named_docx()
    {
        // Arrange
        var path = _folder.Write("empty.docx", []);
        // Act
        var error = Assert.Throws<InputException>(() => new DocxDocumentReader().Read(path));
        // Assert
        Assert.Equal(path + ":1:1: the file is empty", error.Message);
    }

    [Theory]
    [InlineData("x.docx", "", true)]
    [InlineData("x.DOCX", "", true)]
    [InlineData("x.bin", "PK\u0003\u0004\u0014\0\u0006\0\b\0\0\0!\0\0\0\0\0\0\0\0\0\0\0\0\0\u0013\0\0\0[Content_Types].xml", true)]
    [InlineData("x.zip", "PK\u0003\u0004\u0014\0\0\0\0\0data.csv", false)]
    [InlineData("x.txt", "1. The present report", false)]
    public void Claims_files_by_extension_or_word_package_header(string path, string head, bool expected)
    {
        Assert.Equal(expected, new DocxDocumentReader().CanRead(path, System.Text.Encoding.Latin1.GetBytes(head)));
    }

    public void Dispose() => _folder.Dispose();
}
