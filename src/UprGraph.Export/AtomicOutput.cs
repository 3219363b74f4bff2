using System.Globalization;

namespace UprGraph.Export;

/// <summary>
/// Writes a file or folder through a temporary sibling in the same folder, then moves it into place. If writing fails,
/// the temporary output is deleted and whatever was at the path before stays as it was.
/// </summary>
public static class AtomicOutput
{
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = TempSibling(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: false);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Fills a new temporary folder, then replaces <paramref name="path"/> with it.</summary>
    public static void WriteDirectory(string path, Action<string> fill)
    {
        var full = Path.GetFullPath(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var temp = TempSibling(full);
        var old = TempSibling(full) + ".old";
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            if (Directory.Exists(full))
            {
                Directory.Move(full, old);
            }

            Directory.Move(temp, full);
        }
        finally
        {
            DeleteDirectory(temp);
            DeleteDirectory(old);
        }
    }

    private static string TempSibling(string full)
    {
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var suffix = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
        return Path.Combine(folder, $".{Path.GetFileName(full)}.{suffix}.tmp");
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
