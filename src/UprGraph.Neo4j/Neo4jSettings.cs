using System.Globalization;

namespace UprGraph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j. <see cref="Uri"/> is the server's HTTP(S) address (the Browser's address without
/// <c>/browser</c>). A <c>bolt://</c> or <c>neo4j://</c> address, as Neo4j's own tools take it, is mapped to
/// <c>http://host:7474</c> (see <see cref="Note"/>), because UprGraph talks to the HTTP API; TLS Bolt addresses are refused
/// with the https address to use instead. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class Neo4jSettings
{
    public const string DefaultUri = "http://localhost:7474";
    public const int DefaultBatchSize = 10_000;

    private Neo4jSettings(Uri uri, string username, string password, string database, int batchSize, string? note)
    {
        Uri = uri;
        Username = username;
        Password = password;
        Database = database;
        BatchSize = batchSize;
        Note = note;
    }

    public Uri Uri { get; }

    public string Username { get; }

    public string Password { get; }

    /// <summary>The database on Neo4j 4.x/5.x (ignored by 3.x, which has one).</summary>
    public string Database { get; }

    /// <summary>Rows per transaction when loading.</summary>
    public int BatchSize { get; }

    /// <summary>A remark for the user about how the address was read (a Bolt address mapped to HTTP), or null.</summary>
    public string? Note { get; }

    public static Neo4jSettings Create(string uri, string username, string password, string database = "neo4j", int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        if (batchSize < 1)
        {
            throw Neo4jException.InvalidSettings($"the batch size must be at least 1, not {batchSize.ToString(CultureInfo.InvariantCulture)}.");
        }

        var (http, note) = ToHttp(uri);
        return new Neo4jSettings(http, username, password, ValidDatabase(database), batchSize, note);
    }

    /// <summary>
    /// Reads Neo4j's usual variables: <c>NEO4J_URI</c> (default http://localhost:7474), <c>NEO4J_USERNAME</c> (neo4j),
    /// <c>NEO4J_PASSWORD</c> (required), <c>NEO4J_DATABASE</c> (neo4j).
    /// </summary>
    public static Neo4jSettings FromEnvironment(Func<string, string?>? variables = null, int batchSize = DefaultBatchSize)
    {
        variables ??= Environment.GetEnvironmentVariable;
        var password = variables("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            throw Neo4jException.InvalidSettings("NEO4J_PASSWORD is not set; set it to the password of the Neo4j user (NEO4J_USERNAME, default neo4j).");
        }

        return Create(
            NonEmpty(variables("NEO4J_URI")) ?? DefaultUri,
            NonEmpty(variables("NEO4J_USERNAME")) ?? "neo4j",
            password,
            NonEmpty(variables("NEO4J_DATABASE")) ?? "neo4j",
            batchSize);
    }

    /// <summary>
    /// The command line's settings: each option given overrides its variable (<see cref="FromEnvironment"/>); the
    /// <see cref="Note"/> is that of the address used, whether it came from <c>--uri</c> or from <c>NEO4J_URI</c>.
    /// </summary>
    public static Neo4jSettings FromOptions(string? uri, string? username, string? database, int batchSize, Func<string, string?>? variables = null)
    {
        var environment = FromEnvironment(variables, batchSize);
        return uri is null
            ? new Neo4jSettings(environment.Uri, username ?? environment.Username, environment.Password, ValidDatabase(database ?? environment.Database), batchSize, environment.Note)
            : Create(uri, username ?? environment.Username, environment.Password, database ?? environment.Database, batchSize);
    }

    public Neo4jSettings WithBatchSize(int batchSize) => Create(Uri.ToString(), Username, Password, Database, batchSize);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Uri} user={Username} database={Database} batch={BatchSize}");

    private static string ValidDatabase(string database) =>
        string.IsNullOrWhiteSpace(database) ? throw Neo4jException.InvalidSettings("the database name is empty.") : database;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (Uri Uri, string? Note) ToHttp(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw Neo4jException.InvalidSettings($"NEO4J_URI '{Redact(text)}' is not an absolute address like http://localhost:7474.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw Neo4jException.InvalidSettings("NEO4J_URI must not contain a user name or password; use NEO4J_USERNAME and NEO4J_PASSWORD.");
        }

        switch (uri.Scheme)
        {
            case "http" or "https":
                return (new UriBuilder(uri) { Path = "/", Query = "", Fragment = "" }.Uri, null);
            case "bolt" or "neo4j":
                var http = new UriBuilder("http", uri.Host, 7474).Uri;
                return (http, $"NEO4J_URI {uri} is a Bolt address; UprGraph uses the HTTP API of the same server at {http}.");
            case "bolt+s" or "bolt+ssc" or "neo4j+s" or "neo4j+ssc":
                throw Neo4jException.InvalidSettings(
                    $"NEO4J_URI {uri} is an encrypted Bolt address; UprGraph uses the HTTP API: give https://{uri.Host}:7473 (a server with HTTPS on) or https://{uri.Host} (Aura).");
            default:
                throw Neo4jException.InvalidSettings($"NEO4J_URI scheme '{uri.Scheme}' is not supported; use http:// or https://.");
        }
    }

    private static string Redact(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? string.Concat(text.AsSpan(0, scheme + 3), "***", text.AsSpan(at)) : text;
    }
}
