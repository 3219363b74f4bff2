namespace UprGraph.Documents;

/// <summary>Recognises file formats by their first bytes ("magic numbers") and extensions.</summary>
internal static class FileSignatures
{
    /// <summary>PDF readers accept the header anywhere in the first 1024 bytes; the head a reader sees is shorter, so any match counts.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) >= 0;

    /// <summary>A zip archive's local file header, the container of every Office Open XML file.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    /// <summary>An Office Open XML package names its content-types part, usually first; a Word one has a "word/" part.</summary>
    public static bool IsWordPackage(ReadOnlySpan<byte> head) =>
        IsZip(head) && (head.IndexOf("word/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0);

    /// <summary>An OLE compound file: Word 97-2003 (.doc), among other old Office formats.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    public static bool HasExtension(string path, string extension) =>
        Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase);
}
