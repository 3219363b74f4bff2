namespace UprGraph.Evaluation;

/// <summary>A relation in the gold format's terms: type, source id (null when passive or unsourced), target id, paragraph.</summary>
public sealed record GoldRelation(string Type, string? Source, string Target, int Paragraph)
{
    public string? Evidence { get; init; }

    public string? Via { get; init; }

    public override string ToString() => $"{Type} {Source ?? "(none)"} -> {Target} @{Paragraph}";
}
