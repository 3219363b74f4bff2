namespace UprGraph.Reading;

/// <summary>Reads one kind of file (plain text, PDF, Word) into a <see cref="SourceDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>True when this reader handles the file, by its extension or its first bytes.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>Reads the file; throws <see cref="Model.InputException"/> for bad input.</summary>
    SourceDocument Read(string path);
}
