namespace UprGraph.Export.Tests;

/// <summary>Files of the repository (seeds, schema), found from the test binaries by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

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
