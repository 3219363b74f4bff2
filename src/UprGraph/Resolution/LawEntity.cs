namespace UprGraph.Resolution;

/// <summary>A domestic act of the state under review, with every name the document gives it.</summary>
public sealed class LawEntity(string id, string key, string name, string head)
{
    private readonly List<string> _aliases = [];

    public string Id { get; } = id;

    /// <summary>The variant-independent identity (<see cref="Recognition.Laws.LawKey"/>).</summary>
    public string Key { get; } = key;

    public string Name { get; } = name;

    /// <summary>"Code", "Law", "Act", "Constitution", "Order" ...: what "the Code" or "the Law" refers back to.</summary>
    public string Head { get; } = head;

    public int? Year { get; set; }

    public bool Proposed { get; init; }

    /// <summary>A bill or draft ("the media bill", "the draft Law on Assemblies"): not in force.</summary>
    public bool Draft { get; set; }

    /// <summary>Named only as "the law on X", which may be the law in general: kept only if a relation targets it.</summary>
    public bool Tentative { get; set; }

    public IReadOnlyList<string> Aliases => _aliases;

    /// <summary>When its document last named it, by the registry's count of namings (a later naming, a greater number).</summary>
    internal int LastNamed { get; set; }

    public void AddAlias(string alias)
    {
        alias = alias.Trim();
        if (alias.Length > 0 && alias != Name && !_aliases.Contains(alias))
        {
            _aliases.Add(alias);
        }
    }
}
