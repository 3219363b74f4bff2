using System.Net;
using System.Net.Sockets;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// A real Neo4j 3.1.1 for the tests: a temp instance folder, free HTTP and Bolt ports, a random password, started
/// through <c>scripts/neo4j/server.sh</c> (which installs Neo4j on first use), stopped and deleted at the end.
/// If no server can be had, every test of the collection fails with the reason.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upr-graph-neo4j-test-" + Guid.NewGuid().ToString("N")[..12]);

    public string Password { get; } = "upr-" + Guid.NewGuid().ToString("N");

    public int HttpPort { get; private set; }

    public Neo4jSettings Settings => Neo4jSettings.Create($"http://127.0.0.1:{HttpPort}", "neo4j", Password);

    public async Task InitializeAsync()
    {
        HttpPort = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["NEO4J_PASSWORD"] = Password,
            ["NEO4J_HTTP_PORT"] = HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var (code, output) = await ScriptRunner.RunAsync("scripts/neo4j/server.sh", ["start", _folder], environment, TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"The test Neo4j server could not be started (scripts/neo4j/server.sh start, exit {code}):\n{output}");
        }
    }

    public async Task DisposeAsync()
    {
        await ScriptRunner.RunAsync("scripts/neo4j/server.sh", ["stop", _folder], new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public HttpCypherClient NewClient() => new(Settings);

    /// <summary>Deletes every node and relationship (constraints and indexes stay).</summary>
    public async Task ClearAsync()
    {
        using var client = NewClient();
        await client.RunAsync([new CypherStatement("MATCH (n) DETACH DELETE n")]);
    }

    /// <summary>A port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
