using System.Diagnostics;
using UprGraph.Model;

namespace UprGraph.Benchmarks.Export;

/// <summary>Passes edges through to a sink and samples memory and the bytes written every <c>interval</c> edges.</summary>
internal static class SampledEdges
{
    public static IEnumerable<GraphEdge> Sample(IEnumerable<GraphEdge> edges, Stream output, int interval, Stopwatch clock, List<MemorySample> samples)
    {
        long count = 0;
        using var process = Process.GetCurrentProcess();
        foreach (var edge in edges)
        {
            yield return edge;
            if (++count % interval == 0)
            {
                process.Refresh();
                samples.Add(new MemorySample(count, output.Position, GC.GetTotalMemory(false), Environment.WorkingSet, process.PeakWorkingSet64, clock.Elapsed));
            }
        }
    }
}
