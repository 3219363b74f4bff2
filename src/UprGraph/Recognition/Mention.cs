namespace UprGraph.Recognition;

/// <summary>
/// A span of a sentence that names an entity. <see cref="Head"/> is the act's type word ("Code", "Law", "Act");
/// <see cref="Name"/> the name without year or leading article; <see cref="Number"/> an article's number.
/// </summary>
public sealed record Mention(MentionKind Kind, string Text, int Offset, int Length)
{
    public string Name { get; init; } = "";

    public string? Head { get; init; }

    public int? Year { get; init; }

    public string? Number { get; init; }

    /// <summary>Other surface forms of the same name in this mention ("2014 Criminal Code", "Environmental Code of Kazakhstan").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Articles: where the law they belong to is named in the sentence (offset of that law mention), if it is.</summary>
    public int? LawOffset { get; init; }

    /// <summary>Articles: where the law they belong to ends, when it is named just before ("Criminal Code, section 402", "Constitution (Article 10.2)").</summary>
    public int? LawEnd { get; init; }

    /// <summary>A named act that the sentence speaks of as a proposal ("proposed changes to the Land Code", "pending").</summary>
    public bool NotInForce { get; init; }

    /// <summary>A draft: "the draft Law on Assemblies", "the draft Criminal Code".</summary>
    /// <summary>A bare head ("the Convention") that refers back to a treaty named before.</summary>
    public bool Reference { get; init; }

    public bool Draft { get; init; }

    /// <summary>An act a stakeholder recommends adopting ("anti-discrimination legislation"), named with the text's words.</summary>
    public bool Proposed { get; init; }

    /// <summary>
    /// "the law on conscientious objection": a lower-case name that may be the law in general; an act only when a
    /// recommendation asks to amend or repeal it.
    /// </summary>
    public bool Tentative { get; init; }

    /// <summary>Laws: the abbreviation the text defines for the act ("(POMA)"), by which it names it later.</summary>
    public string? Abbreviation { get; init; }

    public int End => Offset + Length;
}
