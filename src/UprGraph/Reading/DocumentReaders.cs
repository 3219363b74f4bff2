using UprGraph.Model;

namespace UprGraph.Reading;

/// <summary>Picks the reader for a file by its first bytes and extension.</summary>
public static class DocumentReaders
{
    public static SourceDocument Read(IReadOnlyList<IDocumentReader> readers, string path)
    {
        Span<byte> head = stackalloc byte[512];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.Unreadable(path, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message, e);
        }

        if (read == 0)
        {
            throw InputException.Empty(path);
        }

        foreach (var reader in readers)
        {
            if (reader.CanRead(path, head[..read]))
            {
                return reader.Read(path);
            }
        }

        throw InputException.Binary(path, 1);
    }
}
