namespace UprGraph.Segmentation;

/// <summary>One non-blank line of the source with its 1-based line number; <see cref="PageBreakBefore"/> when a page started.</summary>
public sealed record SourceLine(int Number, string Text, bool PageBreakBefore = false);
