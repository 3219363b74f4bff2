using UprGraph.Model;

namespace UprGraph.Reading;

/// <summary>The text of one input file, as its reader recovered it: lines separated by '\n', pages by '\f' where known.</summary>
public sealed record SourceDocument(string File, string Text)
{
    /// <summary>
    /// Plain text: the encoding the bytes were read in (<see cref="TextEncodings"/>: utf-8, utf-8-bom, utf-16le, utf-16be,
    /// windows-1252); null for PDF and Word, whose formats carry their own.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>What the reader had to repair (invalid bytes replaced); the document's other warnings follow these.</summary>
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
