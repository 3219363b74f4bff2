namespace UprGraph.Neo4j.Tests;

/// <summary>
/// A real client that loses its connection before the <paramref name="failAt"/>-th request whose statement text
/// contains <paramref name="marker"/>, as a server crash or network cut mid-load would; the failed request does not reach Neo4j.
/// </summary>
internal sealed class FailingClient(ICypherClient inner, string marker, int failAt) : ICypherClient
{
    private int _seen;

    public Task<ServerInfo> ConnectAsync(CancellationToken cancellationToken = default) => inner.ConnectAsync(cancellationToken);

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        if (statements.Any(s => s.Text.Contains(marker, StringComparison.Ordinal)) && ++_seen == failAt)
        {
            throw Neo4jException.Unreachable(new Uri("http://127.0.0.1:7474/"), "connection reset (simulated)", new IOException("reset"));
        }

        return inner.RunAsync(statements, cancellationToken);
    }
}
