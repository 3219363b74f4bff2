namespace UprGraph.Neo4j;

/// <summary>What <see cref="ICypherClient.ConnectAsync"/> found out about the server: its version and where to send Cypher.</summary>
/// <param name="Version">The version string the server reports ("3.1.1", "5.26.0", "2025.01.0").</param>
/// <param name="Major">The major version (calendar versions like 2025 count as later than 5).</param>
/// <param name="CommitEndpoint">The transactional endpoint that runs statements in one transaction and commits.</param>
public sealed record ServerInfo(string Version, int Major, Uri CommitEndpoint)
{
    /// <summary>The DDL dialect this server understands.</summary>
    public CypherDialect Dialect => CypherDialect.For(Major);
}
