using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>A numbered paragraph with its sentences and the headings it sits under (outermost first).</summary>
public sealed record Paragraph(int Number, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Heading> Headings, SourceSpan Span)
{
    public IEnumerable<int> Footnotes => Sentences.SelectMany(s => s.Footnotes);

    /// <summary>The issue: the lowest heading below the roman level ("Right to health"), if any.</summary>
    public Heading? Issue => Headings.LastOrDefault(h => h.Level != HeadingLevel.Roman);
}
