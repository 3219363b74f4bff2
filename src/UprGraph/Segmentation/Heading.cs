using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>A section heading, its numbering stripped ("Right to health"), with the footnote it cites if any.</summary>
public sealed record Heading(HeadingLevel Level, string Text, string? Numbering, int? Footnote, SourceSpan Span);
