namespace UprGraph.Neo4j.Tests;

/// <summary>The repository root, found by walking up from the test assembly to <c>UprGraph.sln</c> (any working directory works).</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    public static string Path => s_path.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "UprGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"UprGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
