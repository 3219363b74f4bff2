namespace UprGraph.Curation.Entries;

/// <summary>
/// One correction of a curation file, with where it stands (<see cref="Line"/>, <see cref="Column"/>: 1-based, of the
/// entry's mapping) and the curator's reason. Ids in entries are those of the uncurated build.
/// </summary>
public abstract record CurationEntry(int Line, int Column, string Why)
{
    /// <summary>The operation's key in the file: merge, split, rename, drop, retype, attribute, add.</summary>
    public abstract string Operation { get; }
}
