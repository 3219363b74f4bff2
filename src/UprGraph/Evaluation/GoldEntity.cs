namespace UprGraph.Evaluation;

/// <summary>An entity of a gold file: its id and every name it matches by (name, abbreviation, aliases); articles by law and number.</summary>
public sealed record GoldEntity(string Id, IReadOnlyList<string> Names)
{
    public string? Law { get; init; }

    public string? Number { get; init; }

    public IReadOnlyList<int> Paragraphs { get; init; } = [];
}
