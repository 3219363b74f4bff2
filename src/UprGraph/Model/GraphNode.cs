namespace UprGraph.Model;

/// <summary>
/// A node of the knowledge graph. Which optional properties apply depends on <see cref="Kind"/>;
/// <c>graph-schema/graph-schema.json</c> lists them per label, and <see cref="GetProperty"/> reads them by name.
/// </summary>
public sealed record GraphNode(string Id, NodeKind Kind, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Stakeholders: the abbreviation the document defines ("AI", "JS7").</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Stakeholders: ngo, joint-submission, nhri, intergovernmental, other (<see cref="StakeholderCategory"/>).</summary>
    public string? Category { get; init; }

    /// <summary>Articles: the node id of their law.</summary>
    public string? Law { get; init; }

    /// <summary>Articles: the number as written ("174", "10.2").</summary>
    public string? Number { get; init; }

    public int? Year { get; init; }

    /// <summary>Laws, articles, documents: the ISO alpha-3 code of the country. Countries: their code.</summary>
    public string? Country { get; init; }

    /// <summary>Laws a stakeholder recommends adopting.</summary>
    public bool Proposed { get; init; }

    /// <summary>Laws: a bill or draft, not (yet) in force.</summary>
    public bool Draft { get; init; }

    /// <summary>Document-scoped nodes (joint submissions): the document symbol they belong to.</summary>
    public string? Document { get; init; }

    /// <summary>Documents: the UN symbol ("A/HRC/WG.6/34/KAZ/3").</summary>
    public string? Symbol { get; init; }

    /// <summary>Documents: the Working Group session number.</summary>
    public int? Session { get; init; }

    /// <summary>Documents: the UPR cycle (1 to 4), derived from the session.</summary>
    public int? Cycle { get; init; }

    /// <summary>Documents: the path the document was read from.</summary>
    public string? File { get; init; }

    /// <summary>Documents: the text encoding the file was read in (utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252).</summary>
    public string? Encoding { get; init; }

    /// <summary>Documents: what went wrong in reading a document that was still built.</summary>
    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];

    /// <summary>True for a node a curation file made or changed.</summary>
    public bool Curated { get; init; }

    /// <summary>Curated nodes: the curator's reason.</summary>
    public string? Why { get; init; }

    /// <summary>
    /// Set by the graph. Laws and articles: the number of distinct stakeholders criticising them or recommending
    /// amending or repealing them. Stakeholders: the number of distinct laws and articles they so target.
    /// </summary>
    public int? Critics { get; init; }

    /// <summary>Reads a schema property by its name; null where it does not apply or is not set.</summary>
    public object? GetProperty(string name) => name switch
    {
        "id" => Id,
        "kind" => Kind.ToString(),
        "name" => Name,
        "aliases" => Aliases,
        "abbreviation" => Abbreviation,
        "category" => Category,
        "law" => Law,
        "number" => Number,
        "year" => Year,
        "country" => Kind == NodeKind.Country ? null : Country,
        "code" => Kind == NodeKind.Country ? Country : null,
        "proposed" => Kind == NodeKind.Law ? Proposed : null,
        "draft" => Kind == NodeKind.Law ? Draft : null,
        "document" => Document,
        "symbol" => Symbol,
        "session" => Session,
        "cycle" => Cycle,
        "file" => File,
        "encoding" => Encoding,
        "warnings" => Warnings,
        "curated" => Curated ? true : null,
        "why" => Why,
        "critics" => Critics,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a node property of the schema."),
    };
}
