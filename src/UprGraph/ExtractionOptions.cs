namespace UprGraph;

/// <summary>Options of the extraction pipeline.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Attribute passive and unsourced statements to the stakeholders their closing footnote names (when the Notes annex is present).</summary>
    public bool AttributeFromFootnotes { get; init; } = true;

    /// <summary>Emit RAISES edges (stakeholder to the issue heading of each paragraph it speaks in).</summary>
    public bool EmitRaises { get; init; } = true;
}
