using System.Diagnostics;
using System.Globalization;
using UprGraph.Benchmarks.Corpus;
using UprGraph.Export;
using UprGraph.Export.GraphML;
using UprGraph.Reading;

namespace UprGraph.Benchmarks.Extraction;

/// <summary>
/// extract-corpus [N] [--seed FILE]: builds a synthetic corpus of N (default 1000) summaries by varying the seed
/// (symbol, country, session, paragraph order), then measures in one run: extraction MB/s on one thread and on all
/// cores (in memory, the same texts), the end-to-end time from files on disk to graph.json and GraphML, and the
/// process's peak memory.
/// </summary>
internal sealed class ExtractCorpusCommand : IBenchmarkCommand
{
    public string Name => "extract-corpus";

    public string Description => "extraction MB/s single-threaded and on all cores, end-to-end time, peak memory (synthetic corpus)";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : SyntheticCorpus.DefaultCount;
        var seedPath = Path.Combine(RepositoryRoot(), "seeds", "A-HRC-WG.6-34-KAZ-3.txt");
        var corpus = new SyntheticCorpus(File.ReadAllText(seedPath), "Kazakhstan");
        var documents = corpus.Documents(count).Select(d => new SourceDocument(d.FileName, d.Text)).ToList();
        var megabytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
        Console.WriteLine($"corpus: {documents.Count} documents, {megabytes:F1} MB, {Environment.ProcessorCount} cores");

        var pipeline = new ExtractionPipelineBuilder().Build();
        // Warm-up: one whole pass, so that every method runs at its final (tier 1) code before the clock starts.
        foreach (var warm in documents)
        {
            pipeline.Relate(warm);
        }

        // Extraction: segment, recognise, resolve, relate (what runs per document); the corpus graph is assembled once, below.
        var single = Time(() => { foreach (var d in documents) { pipeline.Relate(d); } });
        var parallel = Time(() => Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, d => pipeline.Relate(d)));
        var withGraphs = Time(() => { foreach (var d in documents) { pipeline.Extract(d); } });
        Console.WriteLine($"extraction, 1 thread:   {single.TotalSeconds,7:F2} s  {megabytes / single.TotalSeconds,7:F1} MB/s");
        Console.WriteLine($"extraction, {Environment.ProcessorCount} threads:  {parallel.TotalSeconds,7:F2} s  {megabytes / parallel.TotalSeconds,7:F1} MB/s  ({single / parallel:F2}x)");
        Console.WriteLine($"extraction + a graph per document, 1 thread: {withGraphs.TotalSeconds,7:F2} s  {megabytes / withGraphs.TotalSeconds,7:F1} MB/s");

        var folder = Path.Combine(Path.GetTempPath(), "upr-graph-corpus-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var d in documents)
            {
                File.WriteAllText(Path.Combine(folder, d.File), d.Text);
            }

            var output = Path.Combine(folder, "out");
            var clock = Stopwatch.StartNew();
            var result = new CorpusExtractor(pipeline).Extract(InputFiles.Expand([folder]), Environment.ProcessorCount);
            var extracted = clock.Elapsed;
            GraphSinks.WriteAll(result.Graph, output, GraphSinks.All.Where(s => s is UprGraph.Export.Json.GraphJsonWriter or GraphMLWriter));
            clock.Stop();
            Console.WriteLine($"end to end (read {result.Documents} files, extract on {Environment.ProcessorCount} cores, merge, write graph.json + GraphML): {clock.Elapsed.TotalSeconds:F2} s (extract+merge {extracted.TotalSeconds:F2} s)");
            Console.WriteLine($"graph: {result.Graph.Nodes.Count} nodes, {result.Graph.Edges.Count} edges; skipped {result.Failures.Count}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine($"peak memory (working set): {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return Task.FromResult(0);
    }

    private static TimeSpan Time(Action action)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "UprGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
