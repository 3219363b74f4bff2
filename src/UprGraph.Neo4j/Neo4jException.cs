namespace UprGraph.Neo4j;

/// <summary>
/// Talking to Neo4j failed: the server cannot be reached, refuses the credentials, is a version UprGraph cannot load,
/// or a statement failed. The message is one line and never contains the password; the CLI prints it and exits with 3.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Neo4j status code ("Neo.ClientError.Schema.ConstraintValidationFailed") when the server sent one.</summary>
    public string? Code { get; private init; }

    public static Neo4jException InvalidSettings(string message) => new($"Neo4j settings: {message}");

    public static Neo4jException Unreachable(Uri server, string reason, Exception inner) =>
        new($"Neo4j: cannot reach {server}: {reason}. Is the server running and NEO4J_URI right?", inner);

    public static Neo4jException AuthenticationFailed(Uri server, string username) =>
        new($"Neo4j: authentication failed at {server} for user '{username}' (HTTP 401); check NEO4J_USERNAME and NEO4J_PASSWORD.")
        {
            Code = "Neo.ClientError.Security.Unauthorized",
        };

    public static Neo4jException PasswordChangeRequired(Uri server, string username) =>
        new($"Neo4j: user '{username}' at {server} must change the initial password first (HTTP 403); log in once with Neo4j Browser or cypher-shell, or run neo4j-admin set-initial-password.")
        {
            Code = "Neo.ClientError.Security.Forbidden",
        };

    public static Neo4jException UnsupportedVersion(Uri server, string version) =>
        new($"Neo4j: {server} runs Neo4j {version}; UprGraph loads into Neo4j 3.x, 4.4, 5.x and later.");

    public static Neo4jException BadResponse(Uri endpoint, string what) =>
        new($"Neo4j: unexpected answer from {endpoint}: {what}.");

    public static Neo4jException HttpError(Uri endpoint, int status, string? reason) =>
        new($"Neo4j: {endpoint} answered HTTP {status} {reason}.");

    public static Neo4jException StatementFailed(string code, string message, string what) =>
        new($"Neo4j: {what} failed: {code}: {OneLine(message)}") { Code = code };

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 400 ? line : string.Concat(line.AsSpan(0, 400), "...");
    }
}
