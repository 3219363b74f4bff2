using System.Text;

namespace UprGraph.Cli.Tests;

/// <summary>An exception no command expects: one line and exit 70, the stack trace only under --verbose.</summary>
public sealed class LastResortTests
{
    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_70()
    {
        // Act: the console the summary is printed to breaks
        var run = await RunWithBrokenConsole("build", CliRun.Seed, "--out", CliRun.TempFolder(), "--format", "json");

        // Assert
        Assert.Equal(70, run.ExitCode);
        Assert.Equal(
            "upr-graph: internal error (InvalidOperationException: the console is gone); this is a bug, please report it (--verbose shows the stack trace)",
            run.Error.TrimEnd());
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        // Act
        var run = await RunWithBrokenConsole("build", CliRun.Seed, "--out", CliRun.TempFolder(), "--format", "json", "--verbose");

        // Assert
        Assert.Equal(70, run.ExitCode);
        Assert.StartsWith("upr-graph: internal error (InvalidOperationException: the console is gone)", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    private static async Task<CliRun> RunWithBrokenConsole(params string[] args)
    {
        using var output = new BrokenWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, CliContext.ForWriters(output, error));
        return new CliRun(code, "", error.ToString());
    }

    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("the console is gone");

        public override void Write(string? value) => throw new InvalidOperationException("the console is gone");
    }
}
