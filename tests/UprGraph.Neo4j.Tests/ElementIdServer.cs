using System.Globalization;
using System.Text.Json;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// A stand-in for a Neo4j 5 server (none runs here): it hands out string element ids ("4:f0e1:17") to the nodes written,
/// and accepts a relationship only when both its ends are element ids it handed out and the statement matches on
/// <c>elementId()</c>. It keeps every statement text it ran. Earlier loads: none (counts are 0, no stale relationships).
/// </summary>
internal sealed class ElementIdServer : ICypherClient
{
    private readonly HashSet<string> _elementIds = new(StringComparer.Ordinal);

    public List<string> Statements { get; } = [];

    public int Relationships { get; private set; }

    public Task<ServerInfo> ConnectAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ServerInfo("5.26.0", 5, new Uri("http://127.0.0.1:7474/db/neo4j/tx/commit")));

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        Statements.AddRange(statements.Select(s => s.Text));
        return Task.FromResult<IReadOnlyList<CypherResult>>(statements.Select(Run).ToList());
    }

    private CypherResult Run(CypherStatement statement)
    {
        var text = statement.Text;
        if (text.Contains("AS count", StringComparison.Ordinal))
        {
            return Result(["count"], "[0]");
        }

        if (text.Contains("collect(row.id) AS ids", StringComparison.Ordinal))
        {
            var ids = Rows(statement).Select(r => r.GetProperty("id").GetString()!).ToList();
            var elementIds = ids.Select(_ => string.Create(CultureInfo.InvariantCulture, $"4:f0e1:{_elementIds.Count}")).ToList();
            elementIds.ForEach(e => _elementIds.Add(e));
            return Result(["written", "ids", "internal"], $"[{ids.Count}, {JsonSerializer.Serialize(ids)}, {JsonSerializer.Serialize(elementIds)}]");
        }

        if (text.Contains("WHERE elementId(a) = row.a", StringComparison.Ordinal) && text.Contains("WHERE elementId(b) = row.b", StringComparison.Ordinal))
        {
            var matched = Rows(statement).Count(r => Known(r.GetProperty("a")) && Known(r.GetProperty("b")));
            Relationships += matched;
            return Result(["written"], $"[{matched}]");
        }

        return text.Contains("AS internal, r.id AS id", StringComparison.Ordinal) || text.StartsWith("CREATE ", StringComparison.Ordinal)
            ? new CypherResult([], [], CypherStats.None)
            : throw new InvalidOperationException("A Neo4j 5 server would not run this as UprGraph means it: " + text);
    }

    private bool Known(JsonElement end) => end.ValueKind == JsonValueKind.String && _elementIds.Contains(end.GetString()!);

    private static List<JsonElement> Rows(CypherStatement statement)
    {
        using var rows = JsonDocument.Parse(((JsonRows)statement.Parameters["rows"]!).Utf8);
        return rows.RootElement.EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private static CypherResult Result(IReadOnlyList<string> columns, string row)
    {
        using var json = JsonDocument.Parse(row);
        return new CypherResult(columns, [json.RootElement.EnumerateArray().Select(v => v.Clone()).ToList()], CypherStats.None);
    }
}
