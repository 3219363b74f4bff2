using UprGraph.Model;

namespace UprGraph.Relations;

/// <summary>A resolved law, article or treaty that a sentence names, with where it stands in the sentence.</summary>
public sealed record Target(string Id, NodeKind Kind, int Offset, int End)
{
    /// <summary>Articles: the node id of their law.</summary>
    public string? LawId { get; init; }

    /// <summary>An act recommended for adoption.</summary>
    public bool Proposed { get; init; }

    /// <summary>An act the sentence speaks of as a proposal ("proposed changes to the Land Code") or says was not adopted: not criticised.</summary>
    public bool NotInForce { get; init; }

    /// <summary>A bill or draft law: criticised like any act, and what "adopt" asks for.</summary>
    public bool Draft { get; init; }

    /// <summary>"the law on X": an act only as what a recommendation asks to amend or repeal.</summary>
    public bool Tentative { get; init; }

    /// <summary>"the provisions of the Act": part of the act (repealing them amends it).</summary>
    public bool Provisions { get; init; }
}
