namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Who speaks in a sentence: the kind, the names as written ("Amnesty International (AI)" gives the name and its
/// abbreviation in <see cref="Definitions"/>), and the reporting verb ("noted", "recommended").
/// </summary>
public sealed record SourceClause(SourceKind Kind, IReadOnlyList<string> Names, string? Verb)
{
    public static SourceClause Nobody { get; } = new(SourceKind.None, [], null);

    /// <summary>Where the speaker's part of the sentence ends ("Reporters Without Borders stated"): its words say nothing of the acts.</summary>
    public int SubjectEnd { get; init; }

    /// <summary>How many sources an unnamed subject counts ("Two submissions" = 2), when it says.</summary>
    public int? Count { get; init; }

    /// <summary>Abbreviations defined in the subject: abbreviation to full name.</summary>
    public IReadOnlyDictionary<string, string> Definitions { get; init; } = new Dictionary<string, string>();
}
