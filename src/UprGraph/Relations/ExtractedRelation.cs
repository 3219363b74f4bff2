using UprGraph.Segmentation;

namespace UprGraph.Relations;

/// <summary>
/// A relation with its evidence: the stakeholder (or, unattributed, the document) that states it, its target, the
/// paragraph and sentence, the cue word, and how the source was found when the sentence does not name it.
/// </summary>
public sealed record ExtractedRelation(string Type, string SourceId, string TargetId, Paragraph Paragraph, Sentence Sentence, string Cue)
{
    /// <summary>"similar-observations", "footnote", or null when the sentence or its paragraph names the source.</summary>
    public string? Via { get; init; }

    public bool Unattributed { get; init; }

    /// <summary>The footnotes that close the statement.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];
}
