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
    [InlineData("--limit must be at least 1, not 0.", "query", "top-laws", "--limit", "0")]
    [InlineData("--limit must be at least 1, not -1.", "query", "top-stakeholders", "--limit", "-1")]
    [InlineData("--jobs must be at least 1, not 0.", "build", "--jobs", "0")]
    [InlineData("--jobs must be at least 1, not -2.", "export", "--format", "json", "--jobs", "-2")]
    [InlineData("--batch-size must be at least 1, not 0.", "load", "--batch-size", "0")]
    [InlineData("--format: unknown output 'bogus'; one of json, graphml, gexf, neo4j-import, report, html, report-html.", "build", "--format", "bogus")]
    [InlineData("--format: unknown output 'bogus'; one of json, graphml, gexf, neo4j-import, report, html, report-html.", "build", "--format", "json,bogus")]
    [InlineData("Argument 'bogus' not recognized.", "export", "--format", "bogus")]
    public async Task A_value_out_of_range_is_a_usage_error_before_any_work(string message, params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(args);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("upr-graph: " + message, run.Error, StringComparison.Ordinal);
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
