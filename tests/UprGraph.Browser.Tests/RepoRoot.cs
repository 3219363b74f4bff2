namespace UprGraph.Browser.Tests;

/// <summary>The repository root, found by walking up from the test assembly to <c>UprGraph.sln</c>.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "UprGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"UprGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
