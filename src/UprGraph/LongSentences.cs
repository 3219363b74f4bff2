using System.Globalization;
using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph;

/// <summary>
/// A sentence of more than <see cref="MaxLength"/> characters is none the genre writes: its sentence ends were lost (a
/// converter ran the text together). Each gets a "sentence-length" warning naming its paragraph; the document is built
/// all the same, in linear time, its evidence cut to <see cref="Graph.EvidenceWindow.MaxLength"/> characters.
/// </summary>
public static class LongSentences
{
    public const int MaxLength = 20_000;

    public static IReadOnlyList<DocumentWarning> Warnings(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Paragraphs
            .SelectMany(p => p.Sentences.Where(s => s.Text.Length > MaxLength).Select(s => new DocumentWarning("sentence-length", string.Format(
                CultureInfo.InvariantCulture,
                "sentence {0} of paragraph {1} (line {2}) is {3:N0} characters long, more than {4:N0}: its sentence ends were probably lost; its evidence is cut to {5:N0} characters",
                s.Index, p.Number, s.Span.Line, s.Text.Length, MaxLength, Graph.EvidenceWindow.MaxLength))))
            .ToList();
    }
}
