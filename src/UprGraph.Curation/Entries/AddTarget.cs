namespace UprGraph.Curation.Entries;

/// <summary>
/// The target of an added edge: an existing node (<see cref="Id"/>), or a node to make with the id the extractor would
/// give it: <c>{kind: Law, name, country}</c> or <c>{kind: Article, law: "&lt;law id&gt;", number}</c>.
/// </summary>
public sealed record AddTarget(string? Id, string? Kind, string? Name, string? Country, string? Law, string? Number)
{
    public bool Draft { get; init; }

    public static AddTarget Existing(string id) => new(id, null, null, null, null, null);
}
