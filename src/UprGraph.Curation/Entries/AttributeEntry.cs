namespace UprGraph.Curation.Entries;

/// <summary>
/// <c>attribute: - {edge, source, why}</c>: an unattributed edge gets its stakeholder; <see cref="Via"/> says how the
/// curator found it (default <c>named</c>).
/// </summary>
public sealed record AttributeEntry(int Line, int Column, string Why, string Edge, string Source, string? Via) : CurationEntry(Line, Column, Why)
{
    public override string Operation => "attribute";
}
