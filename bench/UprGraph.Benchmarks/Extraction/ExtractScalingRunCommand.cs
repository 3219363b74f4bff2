using System.Diagnostics;
using System.Globalization;
using UprGraph.Export.Json;

namespace UprGraph.Benchmarks.Extraction;

/// <summary>
/// extract-scaling-run FILE: one measured run for <see cref="ExtractScalingCommand"/>, in a process of its own. Warms up
/// on the first 64 KB of the file, then times reading FILE, extracting its graph and writing graph.json (to nowhere),
/// and prints "seconds peak-working-set-bytes".
/// </summary>
internal sealed class ExtractScalingRunCommand : IBenchmarkCommand
{
    public string Name => "extract-scaling-run";

    public string Description => "one measured run of extract-scaling (it starts these itself)";

    public Task<int> RunAsync(string[] args)
    {
        var file = args[0];
        var pipeline = new ExtractionPipelineBuilder().Build();
        var warmUp = Path.Combine(Path.GetDirectoryName(file)!, "warm-up", ScalingInput.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(warmUp)!);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(warmUp, bytes[..Math.Min(bytes.Length, 1 << 16)]);
        Extract(pipeline, warmUp);
        bytes = null;
        GC.Collect();

        var clock = Stopwatch.StartNew();
        Extract(pipeline, file);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F3} {process.PeakWorkingSet64}"));
        return Task.FromResult(0);
    }

    private static void Extract(ExtractionPipeline pipeline, string file) =>
        new GraphJsonWriter().Write(pipeline.ExtractFile(file), Stream.Null);
}
