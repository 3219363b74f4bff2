namespace UprGraph.Relations;

/// <summary>
/// One relation a sentence states, before it is given its source: type, target and the word that signals it, with where
/// the cue (<see cref="CueAt"/>) and the act (<see cref="Act"/>) stand in the sentence.
/// </summary>
public sealed record Statement(string Type, string TargetId, string Cue)
{
    /// <summary>The cue's offset in the sentence, or -1 when not known.</summary>
    public int CueAt { get; init; } = -1;

    /// <summary>The target as the sentence names it; null when the sentence only refers back to an act named before.</summary>
    public Target? Act { get; init; }
}
