using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// A sentence of a paragraph, footnote marks removed from <see cref="Text"/> and listed in <see cref="Footnotes"/>.
/// <see cref="ClosesStatement"/> when a footnote mark ends it: the summaries close each stakeholder's statement with one.
/// </summary>
public sealed record Sentence(int Index, string Text, IReadOnlyList<int> Footnotes, bool ClosesStatement, SourceSpan Span);
