using QuikGraph;

namespace UprGraph.Model;

/// <summary>
/// A relationship of the knowledge graph between two node ids. Extracted relations carry their evidence:
/// the document, paragraph and sentence, the cited footnotes and the cue word.
/// </summary>
public sealed record GraphEdge(string Id, string Type, string Source, string Target) : IEdge<string>
{
    /// <summary>The document symbol the evidence comes from.</summary>
    public string? Document { get; init; }

    public int? Paragraph { get; init; }

    /// <summary>The sentence's index in its paragraph, from 1.</summary>
    public int? Sentence { get; init; }

    /// <summary>The sentence that states the relation.</summary>
    public string? Evidence { get; init; }

    public IReadOnlyList<int> Footnotes { get; init; } = [];

    /// <summary>The word that signals the relation ("noted", "recommended", "repeal").</summary>
    public string? Cue { get; init; }

    /// <summary>
    /// How the source was found (<see cref="Via"/>): "named" in the sentence, "continued" from the latest named
    /// source of the paragraph, "similar-observations", "footnote", or "unattributed".
    /// </summary>
    public string? Via { get; init; }

    /// <summary>Where the act, article or treaty stands in <see cref="Evidence"/>: [start, length]; empty when the sentence only refers back to it.</summary>
    public IReadOnlyList<int> ActSpan { get; init; } = [];

    /// <summary>Where the cue stands in <see cref="Evidence"/>: [start, length].</summary>
    public IReadOnlyList<int> CueSpan { get; init; } = [];

    /// <summary>True for a statement with no named source; its source is the document node.</summary>
    public bool Unattributed { get; init; }

    /// <summary>The issue node id of the paragraph's thematic heading.</summary>
    public string? Issue { get; init; }

    /// <summary>How many statements this edge stands for (1 for extracted relations).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>True for an edge a curation file added or changed.</summary>
    public bool Curated { get; init; }

    /// <summary>Curated edges: the curator's reason.</summary>
    public string? Why { get; init; }

    /// <summary>Reads a schema relationship property by its name; null where it does not apply.</summary>
    public object? GetProperty(string name) => name switch
    {
        "id" => Id,
        "type" => Type,
        "source" => Source,
        "target" => Target,
        "document" => Document,
        "paragraph" => Paragraph,
        "sentence" => Sentence,
        "evidence" => Evidence,
        "footnotes" => Footnotes,
        "cue" => Cue,
        "via" => Via,
        "actSpan" => ActSpan,
        "cueSpan" => CueSpan,
        "unattributed" => Unattributed,
        "issue" => Issue,
        "weight" => Weight,
        "curated" => Curated ? true : null,
        "why" => Why,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a relationship property of the schema."),
    };
}
