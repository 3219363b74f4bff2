namespace UprGraph.Curation.Entries;

/// <summary><c>retype: - {edge, type, why}</c>: an edge read as the wrong relation.</summary>
public sealed record RetypeEntry(int Line, int Column, string Why, string Edge, string Type) : CurationEntry(Line, Column, Why)
{
    public override string Operation => "retype";
}
