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

    [Fact]
    public void Reads_plain_utf8_as_utf8()
    {
        // Act
        var document = TextDocumentReader.Decode("mli.txt", "I. Background\n1. The Penal Code of Malí was criticised.\n"u8);

        // Assert
        Assert.Equal("utf-8", document.Encoding);
        Assert.Contains("Malí", document.Text, StringComparison.Ordinal);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Records_a_utf8_byte_order_mark_as_utf8_bom()
    {
        // Arrange
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. "I. Background\n"u8];

        // Act
        var document = TextDocumentReader.Decode("ner.txt", bytes);

        // Assert
        Assert.Equal("utf-8-bom", document.Encoding);
        Assert.Equal("I. Background\n", document.Text);
    }

    [Fact]
    public void Reads_windows_1252_curly_quotes_as_the_quotes_they_are()
    {
        // Arrange: JS3 noted the \u201cLaw on Religious Activity\u201d and the State\u2019s \u2013 in Windows-1252.
        byte[] bytes = [.. "JS3 noted the "u8, 0x93, .. "Law on Religious Activity"u8, 0x94, .. " and the State"u8, 0x92, .. "s "u8, 0x96];

        // Act
        var document = TextDocumentReader.Decode("tjk.txt", bytes);

        // Assert
        Assert.Equal("JS3 noted the \u201cLaw on Religious Activity\u201d and the State\u2019s \u2013", document.Text);
        Assert.Equal("windows-1252", document.Encoding);
        Assert.Empty(document.Warnings);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Reads_utf16_with_a_byte_order_mark(bool bigEndian, string name)
    {
        // Arrange
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("I. Background\r\n1. The \u201cPress Law\u201d of Côte d\u2019Ivoire.\r\n")];

        // Act
        var document = TextDocumentReader.Decode("civ.txt", bytes);

        // Assert
        Assert.Equal("I. Background\n1. The \u201cPress Law\u201d of Côte d\u2019Ivoire.\n", document.Text);
        Assert.Equal(name, document.Encoding);
    }

    [Fact]
    public void Refuses_utf16_without_a_byte_order_mark_saying_so()
    {
        // Arrange
        var bytes = Encoding.Unicode.GetBytes("I. Background\n1. The Labour Code of Gabon was criticised.\n");

        // Act
        var error = Assert.Throws<InputException>(() => TextDocumentReader.Decode("gab.txt", bytes));

        // Assert
        Assert.Equal("gab.txt:1:1: the file looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark", error.Message);
    }

    [Fact]
    public void Refuses_bytes_after_a_utf16_byte_order_mark_that_are_not_utf16()
    {
        // Arrange: a lone high surrogate.
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00];

        // Act
        var error = Assert.Throws<InputException>(() => TextDocumentReader.Decode("bad.txt", bytes));

        // Assert
        Assert.Equal("bad.txt:1:1: the file starts with the UTF-16 byte order mark FF FE but is not valid UTF-16", error.Message);
    }

    [Fact]
    public void Reads_utf8_with_a_few_invalid_bytes_as_utf8_and_warns_at_the_first()
    {
        // Arrange: valid UTF-8 ("Timor-Leste’s") on line 1, a stray 0xFF on line 3, a truncated sequence on line 4.
        byte[] bytes = [.. "Timor-Leste\u2019s Penal Code\nline two\nbad "u8, 0xFF, .. " byte\ncut "u8, 0xE2, 0x80, .. "\n"u8];

        // Act
        var document = TextDocumentReader.Decode("tls.txt", bytes);

        // Assert
        Assert.Equal("Timor-Leste\u2019s Penal Code\nline two\nbad \uFFFD byte\ncut \uFFFD\n", document.Text);
        Assert.Equal("utf-8", document.Encoding);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("invalid-utf-8", warning.Code);
        Assert.Equal("line 3, column 5: 2 invalid UTF-8 byte sequence(s), the first 0xFF; read as UTF-8 with U+FFFD in their place", warning.Message);
    }
}
