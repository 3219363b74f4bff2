using System.Diagnostics;
using System.Globalization;

namespace UprGraph.Benchmarks.Extraction;

/// <summary>
/// extract-scaling [MB,MB,...]: how extraction time and memory grow with pathological inputs (<see cref="ScalingInput"/>)
/// at 1, 2, 4, 8 and 16 MB. Each size runs three times, each run in a fresh process (<see cref="ExtractScalingRunCommand"/>);
/// the table has the median time (process start-up and warm-up left out), the ratio to the size before, and the largest
/// peak working set. Targets: at most 2.2x the time per doubling from 2 MB on, and a peak of at most 4 x the input + 300 MB
/// (for the inputs held to them). Exits 1 when a target is missed.
/// </summary>
internal sealed class ExtractScalingCommand : IBenchmarkCommand
{
    private const int Runs = 3;
    private const double MaxRatio = 2.2;
    private const int RatioFromMegabytes = 2;

    public string Name => "extract-scaling";

    public string Description => "extraction time and peak memory at 1-16 MB of five pathological inputs (linear-time check)";

    public async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 0
            ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList()
            : [1, 2, 4, 8, 16];
        var folder = Directory.CreateTempSubdirectory("upr-graph-scaling-");
        var met = true;
        try
        {
            foreach (var input in ScalingInput.All)
            {
                met &= await MeasureAsync(input, sizes, folder.FullName).ConfigureAwait(false);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Console.WriteLine(met ? "extract-scaling: every target met" : "extract-scaling: a target was missed");
        return met ? 0 : 1;
    }

    private static async Task<bool> MeasureAsync(ScalingInput input, IReadOnlyList<int> sizes, string folder)
    {
        Console.WriteLine($"{input.Name}: {input.Description}");
        Console.WriteLine("     MB   median s   x time   peak MB   limit MB");
        var met = true;
        double? previous = null;
        foreach (var megabytes in sizes)
        {
            var file = Path.Combine(folder, input.Name, megabytes.ToString(CultureInfo.InvariantCulture), ScalingInput.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var bytes = megabytes * 1_000_000;
            await File.WriteAllTextAsync(file, input.Text(bytes)).ConfigureAwait(false);
            var runs = new List<(double Seconds, long Peak)>();
            for (var run = 0; run < Runs; run++)
            {
                runs.Add(await RunOnceAsync(file).ConfigureAwait(false));
            }

            var median = runs.Select(r => r.Seconds).Order().ElementAt(Runs / 2);
            var peak = runs.Max(r => r.Peak) / 1e6;
            var limit = (4.0 * bytes / 1e6) + 300;
            var ratio = previous is { } p && p > 0 ? median / p : (double?)null;
            var timeMet = !input.Targeted || ratio is null || megabytes <= RatioFromMegabytes || ratio <= MaxRatio;
            var memoryMet = !input.Targeted || peak <= limit;
            met &= timeMet && memoryMet;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {megabytes,5} {median,10:F2} {(ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) + "x" : "-"),8} {peak,9:F0} {(input.Targeted ? limit.ToString("F0", CultureInfo.InvariantCulture) : "-"),10}{(timeMet ? "" : "  time over target")}{(memoryMet ? "" : "  memory over target")}"));
            previous = median;
        }

        return met;
    }

    private static async Task<(double Seconds, long Peak)> RunOnceAsync(string file)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExtractScalingCommand).Assembly.Location);
        }

        start.ArgumentList.Add("extract-scaling-run");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The benchmark could not start itself.");
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var fields = output.Trim().Split(' ');
        return process.ExitCode == 0 && fields.Length == 2
            ? (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"extract-scaling-run {file} exited {process.ExitCode}: {output}");
    }
}
