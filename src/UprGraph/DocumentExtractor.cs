using System.Runtime.CompilerServices;
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

    /// <summary>The reader's warnings (bytes it replaced) come first among the document's warnings, overlong sentences last.</summary>
    /// <remarks>
    /// This method and its callers in <see cref="ExtractionPipeline"/> are compiled optimised from their first call: at the
    /// runtime's first tier every argument lives to the end of its method, so a document's text (tens of megabytes for one
    /// of megabytes) would be held through relating, long after its lines were read.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DocumentExtraction Relate(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var readerWarnings = document.Warnings;
        var length = document.Text.Length;
        var garbage = new LargeTextGarbage();
        var segmented = DocumentSegmenter.Segment(document, Rules.Members);
        // A text of megabytes leaves its lines and joined paragraphs as garbage that would otherwise stay while relating adds its own.
        garbage.AfterStage(length);

        var longSentences = LongSentences.Warnings(segmented);
        if (readerWarnings.Count > 0 || longSentences.Count > 0)
        {
            segmented = segmented with { Warnings = [.. readerWarnings, .. segmented.Warnings, .. longSentences] };
        }

        return new DocumentRelator(segmented, Options, Rules).Relate();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public KnowledgeGraph Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Taken first, so that the document's text is not kept alive through extraction for it.
        var encoding = document.Encoding;
        return DocumentGraphBuilder.Build(Relate(document), encoding);
    }
}
