namespace UprGraph.Curation.Entries;

/// <summary><c>drop: - {edge, why}</c>: an edge the text does not state.</summary>
public sealed record DropEntry(int Line, int Column, string Why, string Edge) : CurationEntry(Line, Column, Why)
{
    public override string Operation => "drop";
}
