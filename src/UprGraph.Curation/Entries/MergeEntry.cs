namespace UprGraph.Curation.Entries;

/// <summary><c>merge: - {into, nodes, why}</c>: nodes that are one entity; their names become aliases of <see cref="Into"/>.</summary>
public sealed record MergeEntry(int Line, int Column, string Why, string Into, IReadOnlyList<string> Nodes) : CurationEntry(Line, Column, Why)
{
    public override string Operation => "merge";
}
