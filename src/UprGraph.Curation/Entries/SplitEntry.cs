namespace UprGraph.Curation.Entries;

/// <summary><c>split: - {node, into: {id, name}, edges, why}</c>: the listed edges of a wrongly merged node go to a new node.</summary>
public sealed record SplitEntry(int Line, int Column, string Why, string Node, string NewId, string NewName, IReadOnlyList<string> Edges)
    : CurationEntry(Line, Column, Why)
{
    public override string Operation => "split";
}
