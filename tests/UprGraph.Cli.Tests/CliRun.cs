namespace UprGraph.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output and error, from the repository root.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seeds", "A-HRC-WG.6-34-KAZ-3.txt");

    public static Task<CliRun> RunAsync(params string[] args) => RunInAsync(Root, args);

    /// <summary>Runs the CLI as if started in <paramref name="workingDirectory"/> (where seeds/ and curation.yaml are looked for).</summary>
    public static async Task<CliRun> RunInAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliContext.ForWriters(output, error);
        var code = await CliApp.RunAsync(args, new CliContext(context.Console, context.Output, context.Error) { WorkingDirectory = workingDirectory });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "upr-graph-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "UprGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("UprGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
