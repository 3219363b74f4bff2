namespace UprGraph.Resolution;

/// <summary>A stakeholder of one document: its node id, full name, abbreviation, category and the members of a joint submission.</summary>
public sealed record StakeholderEntity(string Id, string Name, string? Abbreviation, string Category)
{
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>True when the document's Notes annex lists it.</summary>
    public bool Listed { get; init; }
}
