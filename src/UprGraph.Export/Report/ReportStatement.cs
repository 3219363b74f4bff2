namespace UprGraph.Export.Report;

/// <summary>
/// One statement behind a ranked law or article, as the report shows it on demand: who states it (or null when no source
/// is named), the relation, where it stands (document, paragraph, sentence), the sentence with where its act and cue
/// stand in it (<c>[start, length]</c>, empty when unknown), the footnotes, how the source was found, and a curator's reason.
/// </summary>
public sealed record ReportStatement(string? Stakeholder, string Relation, string? Document, int? Paragraph, string Evidence)
{
    /// <summary>What the relation is about ("article 174 (Criminal Code)"), when it is not the ranked entity itself.</summary>
    public string? About { get; init; }

    public int? Sentence { get; init; }

    public IReadOnlyList<int> ActSpan { get; init; } = [];

    public IReadOnlyList<int> CueSpan { get; init; } = [];

    public IReadOnlyList<int> Footnotes { get; init; } = [];

    public string? Via { get; init; }

    /// <summary>True when the ranking counts it: a critical relation from a named stakeholder.</summary>
    public bool Counted { get; init; }

    /// <summary>A curation file's reason, when an entry made or changed the statement.</summary>
    public string? CuratedWhy { get; init; }
}
