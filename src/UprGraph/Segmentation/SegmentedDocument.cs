namespace UprGraph.Segmentation;

/// <summary>A document split into its parts: what it is, its numbered paragraphs, and its Notes annex when present.</summary>
public sealed record SegmentedDocument(string File, DocumentInfo Info, IReadOnlyList<Paragraph> Paragraphs, NotesAnnex? Notes);
