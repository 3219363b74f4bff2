namespace UprGraph.Export;

/// <summary>
/// One output of an <see cref="OutputSet"/>: its sink, where it goes, and, once moved into place, where the earlier
/// output was set aside, so that a failure of a later move can put it back.
/// </summary>
internal sealed class StagedOutput(IGraphSink sink, string target)
{
    private string? _aside;
    private bool _placed;

    public IGraphSink Sink { get; } = sink;

    public string Target { get; } = target;

    /// <summary>A folder where a file output goes, or a file where a folder output goes, is the user's: refused, never moved.</summary>
    public void CheckTarget()
    {
        if (Sink.IsDirectory ? File.Exists(Target) : Directory.Exists(Target))
        {
            throw Sink.IsDirectory ? OutputException.FileInTheWay(Target) : OutputException.FolderInTheWay(Target);
        }
    }

    /// <summary>Sets the earlier output aside into <paramref name="aside"/>, then moves <paramref name="staged"/> into place.</summary>
    public void Replace(string staged, string aside)
    {
        if (Exists(Target))
        {
            Move(Target, aside);
            _aside = aside;
        }

        Move(staged, Target);
        _placed = true;
    }

    /// <summary>Undoes <see cref="Replace"/>: the new output removed, the earlier one moved back.</summary>
    public void PutBack()
    {
        if (_placed)
        {
            Delete(Target);
            _placed = false;
        }

        if (_aside is not null && !Exists(Target))
        {
            Move(_aside, Target);
            _aside = null;
        }
    }

    public static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    /// <summary>Removes a temporary folder; a failure to do so leaves it behind rather than hide the error that ended the run.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: its name (.upr-graph-tmp-<pid>) says what it is, and the next run of this pid replaces it.
        }
    }

    private bool Exists(string path) => Sink.IsDirectory ? Directory.Exists(path) : File.Exists(path);

    private void Move(string from, string to)
    {
        if (Sink.IsDirectory)
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to, overwrite: false);
        }
    }
}
