using UprGraph.Documents.Pdf;
using UprGraph.Documents.Word;

namespace UprGraph.Cli;

/// <summary>The extraction pipeline the CLI uses: PDF and Word readers before plain text.</summary>
internal static class Pipelines
{
    public static ExtractionPipeline Create(CliContext context) =>
        new ExtractionPipelineBuilder()
            .WithOptions(new ExtractionOptions { Vocabulary = context.Vocabulary })
            .AddReader(new PdfDocumentReader())
            .AddReader(new DocxDocumentReader())
            .Build();
}
