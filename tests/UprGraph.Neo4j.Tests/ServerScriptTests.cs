using System.Diagnostics;
using System.Globalization;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// scripts/neo4j/server.sh on an instance of its own (in the Neo4j collection, so no other server starts meanwhile).
/// </summary>
[Collection(Neo4jTests.Name)]
public sealed class ServerScriptTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upr-graph-neo4j-script-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Dictionary<string, string> _environment = new()
    {
        ["NEO4J_PASSWORD"] = "upr-" + Guid.NewGuid().ToString("N"),
        ["NEO4J_HTTP_PORT"] = Neo4jServer.FreePort().ToString(CultureInfo.InvariantCulture),
        ["NEO4J_BOLT_PORT"] = Neo4jServer.FreePort().ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Starts_again_after_the_server_was_killed_with_kill_9()
    {
        // Arrange: a server killed at once leaves its pid file, and its JVM lingers a moment as a zombie
        var first = await Server("start");
        Assert.True(first.ExitCode == 0, first.Output);
        using (var server = Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(_folder, "run", "neo4j.pid")).Trim(), CultureInfo.InvariantCulture)))
        {
            server.Kill();
        }

        // Act
        var again = await Server("start");

        // Assert
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("neo4j: ready at", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("died while starting", again.Output, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Server("stop");
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<(int ExitCode, string Output)> Server(string command) =>
        ScriptRunner.RunAsync("scripts/neo4j/server.sh", [command, _folder], _environment, TimeSpan.FromMinutes(3));
}
