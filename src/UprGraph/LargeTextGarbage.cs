namespace UprGraph;

/// <summary>
/// Collects the garbage of a text of megabytes between the stages that read it. Such a text (never the genre's: a
/// summary's sentences have a few hundred characters) makes arrays of megabytes at each stage, words and mentions by the
/// hundred thousand, which the runtime puts on its large-object heap and frees only with its oldest generation: left to
/// themselves they pile up through the stages and set the peak memory, not the data that is live. A collection is made
/// only for a text that long, and only once at least half as much has been allocated since the last one as was live after
/// it: each collection's cost, in proportion to what is live, is paid for by work in proportion too, so time stays linear
/// in the input.
/// </summary>
internal sealed class LargeTextGarbage
{
    /// <summary>The length of text (in characters) from which a stage's garbage is collected after it.</summary>
    public const int From = 1_000_000;

    /// <summary>Allocated since the last collection, at least, before another (a heap of little live data is not collected every time).</summary>
    private const long MinimumBytes = 32L << 20;

    private long _allocatedAtLast = GC.GetTotalAllocatedBytes();
    private long _liveAtLast;

    /// <summary>After a stage that read a text of <paramref name="length"/> characters.</summary>
    public void AfterStage(int length)
    {
        if (length < From || GC.GetTotalAllocatedBytes() - _allocatedAtLast < Math.Max(MinimumBytes, _liveAtLast / 2))
        {
            return;
        }

        GC.Collect();
        _liveAtLast = GC.GetTotalMemory(forceFullCollection: false);
        _allocatedAtLast = GC.GetTotalAllocatedBytes();
    }
}
