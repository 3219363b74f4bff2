using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph;

/// <summary>
/// Extracts many documents, in parallel over the cores when asked, and merges their graphs in input order, so the
/// result is the same whatever the degree of parallelism. A document that cannot be read is skipped and reported.
/// </summary>
public sealed class CorpusExtractor(ExtractionPipeline pipeline)
{
    /// <param name="files">The documents, in the order their graphs merge.</param>
    /// <param name="degreeOfParallelism">Documents extracted at once.</param>
    /// <param name="progress">Told each file once it is done.</param>
    /// <param name="keepDocuments">Keep the segmented documents in the result (a curation file's added edges look their sentences up in them).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public CorpusResult Extract(
        IReadOnlyList<string> files, int degreeOfParallelism = 1, IProgress<string>? progress = null, bool keepDocuments = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var extractions = new (Relations.DocumentExtraction Extraction, string? Encoding)?[files.Count];
        var failures = new DocumentFailure?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            try
            {
                var document = pipeline.Read(files[i]);
                var encoding = document.Encoding;
                extractions[i] = (pipeline.Relate(document), encoding);
            }
            catch (InputException e)
            {
                failures[i] = new DocumentFailure(files[i], e.Message);
            }

            progress?.Report(files[i]);
        });

        // One graph for the corpus, its documents added in input order: the same whatever the parallelism.
        var builder = new KnowledgeGraphBuilder();
        var extracted = extractions.OfType<(Relations.DocumentExtraction Extraction, string? Encoding)>().ToList();
        foreach (var (extraction, encoding) in extracted)
        {
            DocumentGraphBuilder.AddTo(builder, extraction, encoding);
        }

        var warnings = extracted.Select(e => e.Extraction.Document)
            .SelectMany(d => d.Warnings.Select(w => new DocumentWarningLine(d.File, d.Info.Symbol, w)))
            .ToList();
        return new CorpusResult(builder.Build(), extracted.Count, failures.OfType<DocumentFailure>().ToList())
        {
            Warnings = warnings,
            Segmented = keepDocuments ? extracted.Select(e => e.Extraction.Document).ToList() : [],
        };
    }
}
