using UprGraph.Model;

namespace UprGraph.Relations;

/// <summary>A resolved law, article or treaty that a sentence names, with where it stands in the sentence.</summary>
public sealed record Target(string Id, NodeKind Kind, int Offset, int End)
{
    /// <summary>Articles: the node id of their law.</summary>
    public string? LawId { get; init; }

    /// <summary>An act recommended for adoption.</summary>
    public bool Proposed { get; init; }

    /// <summary>A bill, a draft, or an act the sentence says was not adopted: not criticised as law in force.</summary>
    public bool NotInForce { get; init; }
}
