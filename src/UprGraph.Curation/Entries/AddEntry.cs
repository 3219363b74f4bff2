namespace UprGraph.Curation.Entries;

/// <summary>
/// <c>add: - {type, source, target, document, paragraph, why}</c>: an edge the extractor missed. <see cref="Source"/> is a
/// node id, or null for a statement with no named source; <see cref="Sentence"/> (optional) picks the paragraph's
/// sentence, else the first that names the target.
/// </summary>
public sealed record AddEntry(int Line, int Column, string Why, string Type, string? Source, AddTarget Target, string Document, int Paragraph)
    : CurationEntry(Line, Column, Why)
{
    public int? Sentence { get; init; }

    public override string Operation => "add";
}
