namespace UprGraph.Tests.Fixtures;

/// <summary>Files of the repository (seeds, shared gold), found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public const string Seed = "seeds/A-HRC-WG.6-34-KAZ-3.txt";

    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>A data file copied beside the test binaries (Specs, DevDocs, the gold copy).</summary>
    public static string Output(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, relative);

    private static string FindRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder, "UprGraph.sln")))
        {
            folder = System.IO.Path.GetDirectoryName(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        }

        return folder ?? throw new DirectoryNotFoundException("UprGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
