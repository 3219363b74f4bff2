using UprGraph.Curation.Entries;

namespace UprGraph.Curation;

/// <summary>A curation file read by <see cref="CurationReader"/>: its entries per operation, each in file order.</summary>
public sealed record CurationFile(string Path)
{
    public IReadOnlyList<MergeEntry> Merges { get; init; } = [];

    public IReadOnlyList<SplitEntry> Splits { get; init; } = [];

    public IReadOnlyList<RenameEntry> Renames { get; init; } = [];

    public IReadOnlyList<DropEntry> Drops { get; init; } = [];

    public IReadOnlyList<RetypeEntry> Retypes { get; init; } = [];

    public IReadOnlyList<AttributeEntry> Attributes { get; init; } = [];

    public IReadOnlyList<AddEntry> Adds { get; init; } = [];

    /// <summary>Every entry, in the order the operations apply (merge, split, rename, drop, retype, attribute, add).</summary>
    public IEnumerable<CurationEntry> All =>
        Merges.Cast<CurationEntry>().Concat(Splits).Concat(Renames).Concat(Drops).Concat(Retypes).Concat(Attributes).Concat(Adds);
}
