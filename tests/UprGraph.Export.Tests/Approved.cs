using System.Runtime.CompilerServices;

namespace UprGraph.Export.Tests;

/// <summary>
/// Approved-file assertions (as Spectre's tests): the output must equal <c>Expectations/NAME</c> beside the test
/// sources byte for byte. On a mismatch the output is written as <c>Expectations/NAME.received.EXT</c> to review and,
/// when right, rename over the approved file.
/// </summary>
internal static class Approved
{
    public static void Equal(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(ProjectFolder(caller), "Expectations");
        var approved = Path.Combine(folder, name);
        var received = Path.Combine(folder, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved file {approved}; the output is in {received}."
            : $"The output differs from {approved}; see {received}.");
    }

    /// <summary>The test project's folder: the nearest folder above the calling source file that holds the csproj.</summary>
    public static string ProjectFolder(string sourceFile)
    {
        var folder = Path.GetDirectoryName(sourceFile);
        while (folder is not null && !File.Exists(Path.Combine(folder, "UprGraph.Export.Tests.csproj")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new DirectoryNotFoundException($"No test project folder above {sourceFile}.");
    }
}
