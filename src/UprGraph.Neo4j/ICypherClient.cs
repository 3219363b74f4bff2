namespace UprGraph.Neo4j;

/// <summary>
/// The little UprGraph needs from a Neo4j connection: find the server, and run statements in one transaction.
/// <see cref="HttpCypherClient"/> implements it over the HTTP transactional endpoint; a Bolt driver could too.
/// Failures are <see cref="Neo4jException"/>s.
/// </summary>
public interface ICypherClient
{
    /// <summary>Checks the server is there, accepts the credentials and runs a supported version.</summary>
    Task<ServerInfo> ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the statements in one transaction and commits; if one fails, none takes effect.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);
}
