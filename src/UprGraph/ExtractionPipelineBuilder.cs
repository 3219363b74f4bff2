using UprGraph.Reading;

namespace UprGraph;

/// <summary>Configures an <see cref="ExtractionPipeline"/>: which readers it tries, in order (plain text is always last).</summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IDocumentReader> _readers = [];
    private ExtractionOptions _options = new();

    public ExtractionPipelineBuilder WithOptions(ExtractionOptions options)
    {
        _options = options;
        return this;
    }

    public ExtractionPipelineBuilder AddReader(IDocumentReader reader)
    {
        _readers.Add(reader);
        return this;
    }

    public ExtractionPipeline Build() => new([.. _readers, new TextDocumentReader()], _options);
}
