namespace UprGraph.Neo4j;

/// <summary>
/// One Cypher statement with its parameters. Data goes in <see cref="Parameters"/>, never into <see cref="Text"/>.
/// Parameter values may be null, strings, booleans, numbers, lists of those, and maps of those.
/// </summary>
/// <param name="Text">The Cypher text.</param>
/// <param name="Parameters">The <c>$name</c> parameters.</param>
/// <param name="Description">What the statement does, for error messages ("relationships CRITICIZES, batch 3 of 7").</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, string? Description = null)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }
}
