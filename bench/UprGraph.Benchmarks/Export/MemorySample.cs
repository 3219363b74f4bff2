namespace UprGraph.Benchmarks.Export;

/// <summary>Memory and output size at one point of an export run.</summary>
internal sealed record MemorySample(long Edges, long BytesWritten, long ManagedBytes, long WorkingSet, long PeakWorkingSet, TimeSpan Elapsed);
