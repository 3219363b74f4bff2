using System.Globalization;
using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>
/// Reads Neo4j's HTTP discovery documents. Neo4j 4.x/5.x answer <c>GET /</c> with <c>neo4j_version</c> and a
/// <c>transaction</c> template (<c>http://host:7474/db/{databaseName}/tx</c>); Neo4j 3.x answers with a <c>data</c>
/// link whose document (<c>/db/data/</c>, behind authentication) has <c>neo4j_version</c> and <c>transaction</c>.
/// Only the paths of the links are used: the server may name itself differently from how the client reaches it
/// (a container's port mapping, a proxy).
/// </summary>
internal static class ServerDiscovery
{
    private const string DatabasePlaceholder = "{databaseName}";

    /// <summary>The 4.x/5.x form: version and transaction template both in the root document.</summary>
    public static bool TryReadVersionAndTransaction(JsonElement document, out string version, out string transaction)
    {
        version = "";
        transaction = "";
        if (document.ValueKind != JsonValueKind.Object
            || !document.TryGetProperty("neo4j_version", out var v) || v.ValueKind != JsonValueKind.String
            || !document.TryGetProperty("transaction", out var t) || t.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        version = v.GetString()!;
        transaction = t.GetString()!;
        return true;
    }

    /// <summary>The 3.x form: the root document only links to the data document.</summary>
    public static bool TryReadDataLink(JsonElement document, out string data)
    {
        data = "";
        if (document.ValueKind != JsonValueKind.Object || !document.TryGetProperty("data", out var d) || d.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        data = d.GetString()!;
        return true;
    }

    /// <summary>The server's major version: 3 for "3.1.1", 5 for "5.26.0", 2025 for "2025.01.0"; -1 if unreadable.</summary>
    public static (int Major, int Minor) ParseVersion(string version)
    {
        var parts = version.Split('.', '-');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                ? (major, minor)
                : (-1, -1);
    }

    /// <summary>3.x and 4.4 or later (5.x, calendar versions); 4.0 to 4.3 lack the DDL syntax of 4.4.</summary>
    public static bool IsSupported(int major, int minor) => major == 3 || (major == 4 && minor >= 4) || major >= 5;

    /// <summary>The commit endpoint on <paramref name="server"/> for a discovered transaction link.</summary>
    public static Uri CommitEndpoint(Uri server, string transaction, string database)
    {
        var link = transaction.Replace(DatabasePlaceholder, Uri.EscapeDataString(database), StringComparison.Ordinal);
        var path = Uri.TryCreate(link, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : link;
        return new Uri(server, path.TrimEnd('/') + "/commit");
    }

    /// <summary>The data document's address on <paramref name="server"/>.</summary>
    public static Uri OnServer(Uri server, string link) =>
        new(server, Uri.TryCreate(link, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : link);
}
