using UprGraph.Graph;
using UprGraph.Reading;
using UprGraph.Relations;
using UprGraph.Segmentation;

namespace UprGraph;

/// <summary>Runs the stages on one document: segment, recognise and resolve, relate, build its graph.</summary>
internal sealed class DocumentExtractor(ExtractionOptions options)
{
    public ExtractionOptions Options { get; } = options;

    /// <summary>The reader's warnings (bytes it replaced) come first among the document's warnings.</summary>
    public DocumentExtraction Relate(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segmented = DocumentSegmenter.Segment(document);
        if (document.Warnings.Count > 0)
        {
            segmented = segmented with { Warnings = [.. document.Warnings, .. segmented.Warnings] };
        }

        return new DocumentRelator(segmented, Options).Relate();
    }

    public KnowledgeGraph Extract(SourceDocument document) => DocumentGraphBuilder.Build(Relate(document), document.Encoding);
}
