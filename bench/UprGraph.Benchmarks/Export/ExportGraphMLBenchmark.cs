using System.Diagnostics;
using System.Globalization;
using UprGraph.Export;
using UprGraph.Export.Gexf;
using UprGraph.Export.GraphML;
using UprGraph.Export.Json;
using UprGraph.Graph;

namespace UprGraph.Benchmarks.Export;

/// <summary>
/// Streams a synthetic graph (default 100,000 nodes, 1,000,000 edges, lazy sequences, never built in memory) into
/// GraphML (and optionally GEXF and graph.json) and prints MB written, MB/s and memory every 100,000 edges, to show
/// that memory stays flat while the file grows.
/// <c>dotnet run -c Release --project bench/UprGraph.Benchmarks -- export-graphml [graphml|gexf|json|all] [nodes] [edges] [--keep]</c>
/// </summary>
internal sealed class ExportGraphMLBenchmark : IBenchmarkCommand
{
    private const double MB = 1024 * 1024;

    public string Name => "export-graphml";

    public string Description => "stream SyntheticGraph(100k nodes, 1M edges) to GraphML [gexf|json|all] [nodes] [edges] [--keep]; MB/s and memory";

    public Task<int> RunAsync(string[] args)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var format = positional.Count > 0 ? positional[0] : "graphml";
        var nodes = positional.Count > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 100_000;
        var edges = positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 1_000_000;
        var keep = args.Contains("--keep");
        GraphStreamSink[] sinks = format switch
        {
            "graphml" => [new GraphMLWriter()],
            "gexf" => [new GexfWriter()],
            "json" => [new GraphJsonWriter()],
            "all" => [new GraphMLWriter(), new GexfWriter(), new GraphJsonWriter()],
            _ => [],
        };
        if (sinks.Length == 0)
        {
            Console.Error.WriteLine($"unknown format '{format}': use graphml, gexf, json or all");
            return Task.FromResult(2);
        }

        var folder = Path.Combine(Path.GetTempPath(), "uprgraph-bench-export");
        Directory.CreateDirectory(folder);
        foreach (var sink in sinks)
        {
            Run(sink, new SyntheticGraph(nodes, edges), Path.Combine(folder, sink.DefaultFileName), keep);
        }

        return Task.FromResult(0);
    }

    private static void Run(GraphStreamSink sink, SyntheticGraph graph, string path, bool keep)
    {
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        Console.WriteLine($"{sink.Name}: {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges -> {path}");
        Console.WriteLine($"  baseline managed heap {baseline / MB,8:F1} MB, working set {Environment.WorkingSet / MB,8:F1} MB");
        Console.WriteLine("        edges  written MB  managed MB  working set MB  peak WS MB   seconds");
        var samples = new List<MemorySample>();
        var clock = Stopwatch.StartNew();
        using (var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            sink.Write(graph.Nodes(), SampledEdges.Sample(graph.Edges(), output, 100_000, clock, samples), output);
            output.Flush();
            foreach (var s in samples)
            {
                Console.WriteLine($"  {s.Edges,11:N0}  {s.BytesWritten / MB,10:F1}  {s.ManagedBytes / MB,10:F1}  {s.WorkingSet / MB,14:F1}  {s.PeakWorkingSet / MB,10:F1}  {s.Elapsed.TotalSeconds,8:F2}");
            }
        }

        clock.Stop();
        var size = new FileInfo(path).Length;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  total {size / MB:F1} MB in {clock.Elapsed.TotalSeconds:F2} s = {size / MB / clock.Elapsed.TotalSeconds:F1} MB/s; " +
            $"peak working set {process.PeakWorkingSet64 / MB:F1} MB; managed heap now {GC.GetTotalMemory(false) / MB:F1} MB");
        if (!keep)
        {
            File.Delete(path);
        }
    }
}
