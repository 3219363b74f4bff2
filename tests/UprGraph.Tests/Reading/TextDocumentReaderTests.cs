using System.Text;
using UprGraph.Model;
using UprGraph.Reading;

namespace UprGraph.Tests.Reading;

public class TextDocumentReaderTests
{
    [Fact]
    public void Drops_the_byte_order_mark_and_unifies_line_ends()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("I. Background\r\n1. The present report\rwas prepared.\n")).ToArray();

        // Act
        var document = TextDocumentReader.Decode("rur.txt", bytes);

        // Assert
        Assert.Equal("I. Background\n1. The present report\nwas prepared.\n", document.Text);
    }

    [Fact]
    public void Reads_windows_1252_text_that_is_not_utf8()
    {
        // Arrange: "Côte" and a curly apostrophe in Windows-1252.
        var bytes = new byte[] { 0x43, 0xF4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x76, 0x6F, 0x69, 0x72, 0x65 };

        // Act
        var document = TextDocumentReader.Decode("civ.txt", bytes);

        // Assert
        Assert.StartsWith("Côte d", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_file_of_whitespace_as_empty()
    {
        // Act
        var error = Assert.Throws<InputException>(() => TextDocumentReader.Decode("blank.txt", "  \n\n \t\n"u8));

        // Assert
        Assert.Equal("blank.txt:1:1: the file is empty", error.Message);
    }

    [Fact]
    public void Names_the_line_of_the_first_nul_byte_of_a_binary_file()
    {
        // Arrange
        var bytes = "line one\nline two\nbad \0 byte\n"u8.ToArray();

        // Act
        var error = Assert.Throws<InputException>(() => TextDocumentReader.Decode("image.txt", bytes));

        // Assert
        Assert.StartsWith("image.txt:3:1: the file is binary", error.Message, StringComparison.Ordinal);
    }
}
