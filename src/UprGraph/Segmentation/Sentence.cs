using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// A sentence of a paragraph, footnote marks removed from <see cref="Text"/> and listed in <see cref="Footnotes"/>.
/// <see cref="ClosesStatement"/> when a footnote mark ends it: the summaries close each stakeholder's statement with one.
/// </summary>
public sealed record Sentence(int Index, string Text, IReadOnlyList<int> Footnotes, bool ClosesStatement, SourceSpan Span)
{
    /// <summary>Where each of <see cref="Footnotes"/> stood in <see cref="Text"/> (the offset its mark was taken out at).</summary>
    public IReadOnlyList<int> FootnoteOffsets { get; init; } = [];

    /// <summary>
    /// The footnote that closes the part of the sentence from <paramref name="offset"/> on: the first mark at or after
    /// it ("X;141 Y;142 and Z.143": Y's is 142), else none (-1).
    /// </summary>
    public int FootnoteAfter(int offset)
    {
        for (var i = 0; i < Footnotes.Count && i < FootnoteOffsets.Count; i++)
        {
            if (FootnoteOffsets[i] >= offset)
            {
                return Footnotes[i];
            }
        }

        return -1;
    }
}
