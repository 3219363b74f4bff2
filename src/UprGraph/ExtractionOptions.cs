namespace UprGraph;

/// <summary>Options of the extraction pipeline.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Attribute passive and unsourced statements to the stakeholders their closing footnote names (when the Notes annex is present).</summary>
    public bool AttributeFromFootnotes { get; init; } = true;

    /// <summary>Emit RAISES edges (stakeholder to the issue heading of each paragraph it speaks in).</summary>
    public bool EmitRaises { get; init; } = true;

    /// <summary>The genre's word lists the stages read: the built-in ones, or those with a researcher's own added (<see cref="Vocabulary.GenreVocabulary.With"/>).</summary>
    public Vocabulary.GenreVocabulary Vocabulary { get; init; } = UprGraph.Vocabulary.GenreVocabulary.Default;
}
