using UprGraph.Graph;
using UprGraph.Reading;
using UprGraph.Relations;
using UprGraph.Segmentation;

namespace UprGraph;

/// <summary>Runs the stages on one document: segment, recognise and resolve, relate, build its graph.</summary>
internal sealed class DocumentExtractor(ExtractionOptions options)
{
    public ExtractionOptions Options { get; } = options;

    /// <summary>The matchers of the options' vocabulary, built once.</summary>
    public ExtractionRules Rules { get; } = ReferenceEquals(options.Vocabulary, Vocabulary.GenreVocabulary.Default) ? ExtractionRules.Default : new ExtractionRules(options.Vocabulary);

    public DocumentExtraction Relate(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segmented = DocumentSegmenter.Segment(document, Rules.Members);
        return new DocumentRelator(segmented, Options, Rules).Relate();
    }

    public KnowledgeGraph Extract(SourceDocument document) => DocumentGraphBuilder.Build(Relate(document));
}
