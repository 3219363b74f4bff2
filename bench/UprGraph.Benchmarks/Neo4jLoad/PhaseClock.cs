using System.Diagnostics;
using UprGraph.Neo4j;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>Prints load progress now and then and times the relationship phase (from its first batch's start).</summary>
internal sealed class PhaseClock : IProgress<LoadProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _relationshipsStart = TimeSpan.Zero;
    private TimeSpan _last = TimeSpan.Zero;
    private string _stage = "";

    public double RelationshipSeconds => (_last - _relationshipsStart).TotalSeconds;

    public void Report(LoadProgress value)
    {
        if (value.Stage != _stage)
        {
            if (value.Stage == "relationships")
            {
                _relationshipsStart = _last;
            }

            _stage = value.Stage;
        }

        _last = _clock.Elapsed;
        if (value.Done == value.Total)
        {
            Console.WriteLine($"  {_clock.Elapsed.TotalSeconds,6:F1} s  {value.Stage} {value.Name}: {value.Done:N0}");
        }
    }
}
