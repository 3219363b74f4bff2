namespace UprGraph.Relations;

/// <summary>One relation a sentence states, before it is given its source: type, target and the word that signals it.</summary>
public sealed record Statement(string Type, string TargetId, string Cue);
