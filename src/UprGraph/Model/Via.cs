namespace UprGraph.Model;

/// <summary>How an extracted relation's source was found: the values of the <c>via</c> relationship property.</summary>
public static class Via
{
    /// <summary>The sentence names its source ("JS7 noted", "According to AI").</summary>
    public const string Named = "named";

    /// <summary>The sentence carries on the latest named source of its paragraph ("It recommended ...").</summary>
    public const string Continued = "continued";

    /// <summary>"X made similar observations": X is given the statement before.</summary>
    public const string SimilarObservations = "similar-observations";

    /// <summary>The statement names no source; its closing footnote in the Notes annex does.</summary>
    public const string Footnote = "footnote";

    /// <summary>No source is named and none can be found: the relation starts at the document.</summary>
    public const string Unattributed = "unattributed";

    public static IReadOnlyList<string> All { get; } = [Named, Continued, SimilarObservations, Footnote, Unattributed];
}
