using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using UprGraph.Neo4j;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>
/// The Neo4j a benchmark talks to: the one <c>NEO4J_URI</c> names (with <c>NEO4J_PASSWORD</c>), or a fresh
/// throw-away server started through <c>scripts/neo4j/server.sh</c> in a temp folder and removed afterwards.
/// </summary>
internal sealed class BenchNeo4jServer : IAsyncDisposable
{
    private readonly string? _folder;

    private BenchNeo4jServer(Neo4jSettings settings, string? folder)
    {
        Settings = settings;
        _folder = folder;
    }

    public Neo4jSettings Settings { get; }

    public bool Owned => _folder is not null;

    public static async Task<BenchNeo4jServer> StartAsync(string heap, string pageCache)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
        {
            return new BenchNeo4jServer(Neo4jSettings.FromEnvironment(), null);
        }

        var folder = Path.Combine(Path.GetTempPath(), "upr-graph-neo4j-bench-" + Guid.NewGuid().ToString("N")[..12]);
        var password = "bench-" + Guid.NewGuid().ToString("N");
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["NEO4J_PASSWORD"] = password,
            ["NEO4J_HTTP_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["NEO4J_HEAP"] = heap,
            ["NEO4J_PAGECACHE"] = pageCache,
        };
        await RunScriptAsync(["start", folder], environment).ConfigureAwait(false);
        return new BenchNeo4jServer(Neo4jSettings.Create($"http://127.0.0.1:{port}", "neo4j", password), folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        await RunScriptAsync(["stop", _folder], new Dictionary<string, string>()).ConfigureAwait(false);
        Directory.Delete(_folder, recursive: true);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UprGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UprGraph.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task RunScriptAsync(IEnumerable<string> arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepoRoot(), "scripts", "neo4j", "server.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/neo4j/server.sh {string.Join(' ', start.ArgumentList.Skip(1))} failed with exit code {process.ExitCode}.");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
