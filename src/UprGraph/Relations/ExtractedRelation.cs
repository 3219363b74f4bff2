using UprGraph.Segmentation;

namespace UprGraph.Relations;

/// <summary>
/// A relation with its evidence: the stakeholder (or, unattributed, the document) that states it, its target, the
/// paragraph and sentence, the cue word, how the source was found (<see cref="Via"/>) and where the act and the cue
/// stand in the sentence.
/// </summary>
public sealed record ExtractedRelation(string Type, string SourceId, string TargetId, Paragraph Paragraph, Sentence Sentence, string Cue)
{
    /// <summary>How the source was found: one of <see cref="Model.Via"/>.</summary>
    public string Via { get; init; } = Model.Via.Named;

    public bool Unattributed { get; init; }

    /// <summary>The footnotes that close the statement.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];

    /// <summary>The cue's offset in the sentence, or -1.</summary>
    public int CueAt { get; init; } = -1;

    /// <summary>The act's offset and length in the sentence; null when the sentence only refers back to it.</summary>
    public (int Offset, int Length)? ActAt { get; init; }
}
