using System.Text.Json;

namespace UprGraph.Neo4j;

/// <summary>The result of one statement: its columns, its rows (one JSON value per column) and its update counters.</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, CypherStats Stats)
{
    /// <summary>The value of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public JsonElement Value(int row, string column)
    {
        var index = Columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "The result has no such column.");
        }

        return Rows[row][index];
    }
}
