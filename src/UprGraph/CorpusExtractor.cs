using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph;

/// <summary>
/// Extracts many documents, in parallel over the cores when asked, and merges their graphs in input order, so the
/// result is the same whatever the degree of parallelism. A document that cannot be read is skipped and reported.
/// </summary>
public sealed class CorpusExtractor(ExtractionPipeline pipeline)
{
    public CorpusResult Extract(IReadOnlyList<string> files, int degreeOfParallelism = 1, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var graphs = new KnowledgeGraph?[files.Count];
        var failures = new DocumentFailure?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            try
            {
                graphs[i] = pipeline.ExtractFile(files[i]);
            }
            catch (InputException e)
            {
                failures[i] = new DocumentFailure(files[i], e.Message);
            }

            progress?.Report(files[i]);
        });

        var extracted = graphs.OfType<KnowledgeGraph>().ToList();
        return new CorpusResult(ExtractionPipeline.Merge(extracted), extracted.Count, failures.OfType<DocumentFailure>().ToList());
    }
}
