namespace UprGraph.Model;

/// <summary>
/// Something that went wrong while reading a document that was still built: paragraphs out of sequence, too little of
/// the body in numbered paragraphs, a sentence too long to be one. <see cref="Code"/> is a stable kebab-case name
/// ("paragraph-sequence", "paragraph-coverage"); <see cref="Message"/> a sentence for people.
/// </summary>
public sealed record DocumentWarning(string Code, string Message)
{
    /// <summary>The one-string form of flat sinks (GraphML, GEXF, CSV, Neo4j): <c>code: message</c>.</summary>
    public override string ToString() => $"{Code}: {Message}";
}
