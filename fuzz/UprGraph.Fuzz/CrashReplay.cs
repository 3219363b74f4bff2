namespace UprGraph.Fuzz;

/// <summary>Runs saved inputs (afl-fuzz's crashes) once each and prints the exception each throws, grouped by where it comes from.</summary>
internal static class CrashReplay
{
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        var target = new FuzzTarget();
        var failures = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                target.Run(file);
            }
#pragma warning disable CA1031 // Replay reports whatever an input throws: that is what it is for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var frame = e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
                var key = $"{e.GetType().Name}: {e.Message} {frame}";
                failures.TryAdd(key, []);
                failures[key].Add(file);
            }
        }

        output.WriteLine($"replayed {files.Count} input(s): {failures.Values.Sum(f => f.Count)} threw, {failures.Count} distinct exception(s)");
        foreach (var (key, inputs) in failures)
        {
            output.WriteLine($"  {inputs.Count} x {key}");
            output.WriteLine($"      e.g. {inputs[0]}");
        }

        return failures.Count == 0 ? 0 : 1;
    }
}
