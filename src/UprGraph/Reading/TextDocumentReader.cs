using System.Globalization;
using System.Text;
using UprGraph.Model;

namespace UprGraph.Reading;

/// <summary>
/// Reads plain text, its encoding decided in a fixed order: a byte order mark (UTF-8, UTF-16 LE or BE); else strict
/// UTF-8; else, when no valid multi-byte UTF-8 sequence occurs at all, Windows-1252; else UTF-8 with U+FFFD for the
/// invalid bytes and a warning naming the line of the first (the build's summary prefixes the file). Rejects empty and binary files, and UTF-16 without a byte
/// order mark (which cannot be told apart from binary reliably).
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding s_utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Text has no NUL byte, except UTF-16, which the reader takes to say what it is.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        head.IndexOf((byte)0) < 0 || Utf16Bom(head) is not null || Utf16Shape.LooksLikeUtf16(head);

    public SourceDocument Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }

        return Decode(path, bytes);
    }

    public static SourceDocument Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw InputException.Empty(path);
        }

        var (text, encoding, warnings) = Utf16Bom(bytes) switch
        {
            TextEncodings.Utf16Le => (Utf16(path, bytes[2..], s_utf16Le, "FF FE"), TextEncodings.Utf16Le, []),
            TextEncodings.Utf16Be => (Utf16(path, bytes[2..], s_utf16Be, "FE FF"), TextEncodings.Utf16Be, []),
            _ => Bytes(path, bytes),
        };

        if (string.IsNullOrWhiteSpace(text))
        {
            throw InputException.Empty(path);
        }

        // Binary data is full of C0 control characters; text has none but tabs, line and page breaks.
        var control = 0;
        foreach (var c in text)
        {
            control += c < ' ' && c is not ('\n' or '\r' or '\t' or '\f') ? 1 : 0;
        }

        if (text.Contains('\0', StringComparison.Ordinal) || control > text.Length / 20)
        {
            throw InputException.Binary(path, 1);
        }

        return new SourceDocument(path, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            Encoding = encoding,
            Warnings = warnings,
        };
    }

    /// <summary>Text without a UTF-16 byte order mark: UTF-8 (with or without its own mark) or Windows-1252.</summary>
    private static (string Text, string Encoding, IReadOnlyList<DocumentWarning> Warnings) Bytes(string path, ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw Utf16Shape.LooksLikeUtf16(bytes) ? InputException.Utf16WithoutBom(path) : InputException.Binary(path, LineOf(bytes, nul));
        }

        var bom = bytes.StartsWith("\uFEFF"u8);
        var body = bom ? bytes[3..] : bytes;
        var encoding = bom ? TextEncodings.Utf8Bom : TextEncodings.Utf8;
        var scan = Utf8Scan.Of(body);
        if (scan.IsValid)
        {
            return (s_utf8.GetString(body), encoding, []);
        }

        if (!scan.HasMultiByte && !bom)
        {
            return (Windows1252.GetString(body), TextEncodings.Windows1252, []);
        }

        var at = scan.FirstInvalid + (bom ? 3 : 0);
        var lineStart = bytes[..at].LastIndexOf((byte)'\n') + 1;
        var warning = new DocumentWarning(
            "invalid-utf-8",
            string.Create(CultureInfo.InvariantCulture,
                $"line {LineOf(bytes, at)}, column {at - lineStart + 1}: {scan.Invalid} invalid UTF-8 byte sequence(s), the first 0x{bytes[at]:X2}; read as UTF-8 with U+FFFD in their place"));
        return (s_utf8.GetString(body), encoding, [warning]);
    }

    private static string Utf16(string path, ReadOnlySpan<byte> bytes, UnicodeEncoding encoding, string mark)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw InputException.InvalidUtf16(path, mark);
        }
    }

    private static string? Utf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? TextEncodings.Utf16Le
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? TextEncodings.Utf16Be
        : null;

    /// <summary>Windows-1252 from the in-box code pages (no global provider registration).</summary>
    private static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The runtime has no Windows-1252 code page.");

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
