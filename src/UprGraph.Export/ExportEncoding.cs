using System.Text;

namespace UprGraph.Export;

/// <summary>The one text encoding of every sink: UTF-8 without a byte order mark, throwing on invalid text.</summary>
public static class ExportEncoding
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
