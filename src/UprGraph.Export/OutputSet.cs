using System.Globalization;
using UprGraph.Graph;

namespace UprGraph.Export;

/// <summary>
/// Writes a run's outputs as one set. Every sink writes into <c>DIR/.upr-graph-tmp-&lt;pid&gt;/</c>; only when all are
/// complete is each moved over its target in DIR (a folder output such as <c>neo4j-import/</c> as a whole), the earlier
/// one set aside first and deleted with the temporary folder at the end. Any failure removes the temporary folder and
/// puts back the outputs already replaced, so DIR holds the earlier run's outputs as they were; files in DIR that are
/// not outputs are never touched. A process killed between two moves can leave outputs of two runs.
/// </summary>
public static class OutputSet
{
    public const string TempPrefix = ".upr-graph-tmp-";

    /// <summary>Fails early, before any work, when <paramref name="directory"/> names a file.</summary>
    public static void Check(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory))
        {
            throw OutputException.NotAFolder(directory);
        }
    }

    /// <summary>Writes every sink into <paramref name="directory"/> (created if missing) and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(KnowledgeGraph graph, string directory, IEnumerable<IGraphSink> sinks)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sinks);
        Check(directory);
        var outputs = sinks.Select(s => new StagedOutput(s, Path.Combine(directory, s.DefaultFileName))).ToList();
        foreach (var output in outputs)
        {
            output.CheckTarget();
        }

        Io(directory, () => Directory.CreateDirectory(directory));
        var temp = Path.Combine(directory, TempPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            Io(directory, () =>
            {
                StagedOutput.Delete(temp);
                Directory.CreateDirectory(temp);
            });
            foreach (var output in outputs)
            {
                Io(output.Target, () => output.Sink.WriteFile(graph, Path.Combine(temp, output.Sink.DefaultFileName)));
            }

            Replace(outputs, temp);
        }
        finally
        {
            StagedOutput.TryDelete(temp);
        }

        return outputs.Select(o => o.Target).ToList();
    }

    private static void Replace(List<StagedOutput> outputs, string temp)
    {
        var previous = Path.Combine(temp, ".previous");
        Io(temp, () => Directory.CreateDirectory(previous));
        var moved = new List<StagedOutput>();
        try
        {
            foreach (var output in outputs)
            {
                moved.Add(output);
                output.Replace(Path.Combine(temp, output.Sink.DefaultFileName), Path.Combine(previous, output.Sink.DefaultFileName));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (var i = moved.Count - 1; i >= 0; i--)
            {
                moved[i].PutBack();
            }

            throw OutputException.Unwritable(moved[^1].Target, e);
        }
    }

    private static void Io(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Unwritable(path, e);
        }
    }
}
