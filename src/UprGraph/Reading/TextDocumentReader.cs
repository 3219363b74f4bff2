using System.Text;
using UprGraph.Model;

namespace UprGraph.Reading;

/// <summary>Reads plain text (UTF-8, with or without BOM); rejects empty and binary files.</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public bool CanRead(string path, ReadOnlySpan<byte> head) => head.IndexOf((byte)0) < 0;

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

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw InputException.Binary(path, LineOf(bytes, nul));
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the older UN text exports are Windows-1252, which Latin-1 reads close enough for matching.
            text = Encoding.Latin1.GetString(bytes);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw InputException.Empty(path);
        }

        // Binary data is full of C0 control bytes; text has none but tabs, line and page breaks.
        var control = text.Count(c => c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'));
        if (control > text.Length / 20)
        {
            throw InputException.Binary(path, 1);
        }

        return new SourceDocument(path, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
