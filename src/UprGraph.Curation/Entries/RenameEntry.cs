namespace UprGraph.Curation.Entries;

/// <summary><c>rename: - {node, name, why}</c>: the node's name; the old one becomes an alias.</summary>
public sealed record RenameEntry(int Line, int Column, string Why, string Node, string Name) : CurationEntry(Line, Column, Why)
{
    public override string Operation => "rename";
}
