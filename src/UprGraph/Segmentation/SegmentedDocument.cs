using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// A document split into its parts: what it is, its numbered paragraphs, its Notes annex when present, and the warnings
/// of a segmentation that did not go as the genre's documents do (the document is built all the same).
/// </summary>
public sealed record SegmentedDocument(string File, DocumentInfo Info, IReadOnlyList<Paragraph> Paragraphs, NotesAnnex? Notes)
{
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
