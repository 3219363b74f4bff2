using System.Text.RegularExpressions;

namespace UprGraph.Export;

/// <summary>
/// An output could not be written: the folder is a file, cannot be created or written, or a file or folder of another
/// kind stands where an output goes. The message is one line naming the path and the reason; the CLI prints it and
/// exits with 1. Earlier outputs are as they were (<see cref="OutputSet"/>).
/// </summary>
public sealed partial class OutputException : Exception
{
    public OutputException()
    {
    }

    public OutputException(string message)
        : base(message)
    {
    }

    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Path { get; private init; }

    public static OutputException NotAFolder(string path) =>
        new($"{path}: cannot write the outputs here: it is a file, not a folder") { Path = path };

    public static OutputException FolderInTheWay(string path) =>
        new($"{path}: cannot write this output: a folder of that name is in the way; move it or choose another --out") { Path = path };

    public static OutputException FileInTheWay(string path) =>
        new($"{path}: cannot write this output: a file of that name is in the way; move it or choose another --out") { Path = path };

    public static OutputException Unwritable(string path, Exception inner) =>
        new($"{path}: cannot write: {Reason(inner)}", inner) { Path = path };

    /// <summary>The reason of a file-system failure without the path .NET appends (" : '/tmp/x'"), which is a temporary one.</summary>
    public static string Reason(Exception error) => error switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "no such folder",
        _ => TrailingPath().Replace(error.Message, "").TrimEnd('.', ' '),
    };

    [GeneratedRegex(@"\s*:\s*'[^']*'\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPath();
}
