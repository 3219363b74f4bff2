using UprGraph.Documents.Pdf;
using UprGraph.Documents.Word;

namespace UprGraph.Cli;

/// <summary>The extraction pipeline the CLI uses: PDF and Word readers before plain text.</summary>
internal static class Pipelines
{
    public static ExtractionPipeline Create() =>
        new ExtractionPipelineBuilder().AddReader(new PdfDocumentReader()).AddReader(new DocxDocumentReader()).Build();
}
