namespace UprGraph.Reading;

/// <summary>The names a Document node's <c>encoding</c> takes: what its text file was read as.</summary>
public static class TextEncodings
{
    public const string Utf8 = "utf-8";

    /// <summary>UTF-8 that starts with the byte order mark EF BB BF.</summary>
    public const string Utf8Bom = "utf-8-bom";

    /// <summary>UTF-16 little-endian, with its byte order mark FF FE.</summary>
    public const string Utf16Le = "utf-16le";

    /// <summary>UTF-16 big-endian, with its byte order mark FE FF.</summary>
    public const string Utf16Be = "utf-16be";

    /// <summary>The Windows code page of the older UN text exports: read when a file is not UTF-8 and has no UTF-8 sequence at all.</summary>
    public const string Windows1252 = "windows-1252";
}
