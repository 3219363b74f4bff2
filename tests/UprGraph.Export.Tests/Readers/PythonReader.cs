using System.Diagnostics;
using System.Text.Json;

namespace UprGraph.Export.Tests.Readers;

/// <summary>
/// Runs <c>Readers/read_graph.py</c> under Debian's <c>/usr/bin/python3</c> (networkx 2.8.8, python-igraph 0.10.2, installed by
/// <c>scripts/deps/python-graph-readers.sh</c>) on a written file, passing the expected values as JSON. A missing
/// interpreter or module fails the test: it is a missing dependency, not a reason to skip.
/// </summary>
internal static class PythonReader
{
    public const string Python = "/usr/bin/python3";

    public static (int ExitCode, string Output) Run(string mode, string file, ExpectedGraph expected)
    {
        var expectedPath = file + ".expected.json";
        File.WriteAllText(expectedPath, JsonSerializer.Serialize(expected));
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Readers", "read_graph.py"));
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(expectedPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + Python);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    /// <summary>Asserts the reader read every node and edge with the expected values; the output explains a failure.</summary>
    public static string AssertReads(string mode, string file, ExpectedGraph expected)
    {
        var (exitCode, output) = Run(mode, file, expected);
        Assert.True(exitCode == 0, $"{mode} failed (exit {exitCode}):\n{output}");
        Assert.Contains($"{expected.Nodes.Count} nodes, {expected.Edges.Count} edges", output, StringComparison.Ordinal);
        return output;
    }
}
