namespace UprGraph.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("build", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("eval")]
    [InlineData("query", "top-laws")]
    [InlineData("export")]
    [InlineData("load")]
    public async Task Every_command_has_help(params string[] command)
    {
        var run = await CliRun.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage", run.Output, StringComparison.Ordinal);
    }
}
