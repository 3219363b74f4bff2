using UprGraph.Segmentation;

namespace UprGraph.Curation;

/// <summary>An <see cref="IParagraphSource"/> over segmented documents, by symbol.</summary>
public sealed class SegmentedDocuments : IParagraphSource
{
    private readonly Dictionary<string, Dictionary<int, Paragraph>> _documents = new(StringComparer.Ordinal);

    public SegmentedDocuments(IEnumerable<SegmentedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            var paragraphs = _documents.TryGetValue(document.Info.Symbol, out var existing) ? existing : _documents[document.Info.Symbol] = [];
            foreach (var paragraph in document.Paragraphs)
            {
                paragraphs.TryAdd(paragraph.Number, paragraph);
            }
        }
    }

    public static SegmentedDocuments None { get; } = new([]);

    public bool HasDocument(string symbol) => _documents.ContainsKey(symbol);

    public Paragraph? Find(string symbol, int number) =>
        _documents.TryGetValue(symbol, out var paragraphs) && paragraphs.TryGetValue(number, out var paragraph) ? paragraph : null;
}
