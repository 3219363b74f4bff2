using UprGraph.Segmentation;

namespace UprGraph.Curation;

/// <summary>Where an added edge's sentence is looked up: the numbered paragraphs of the extracted documents.</summary>
public interface IParagraphSource
{
    bool HasDocument(string symbol);

    /// <summary>The paragraph, or null when the document has no paragraph of that number.</summary>
    Paragraph? Find(string symbol, int number);
}
