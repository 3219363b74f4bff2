namespace UprGraph.Properties.Tests;

/// <summary>
/// One change to a document. <see cref="At"/> and <see cref="Value"/> are taken modulo what the document has when the
/// change is made (its lines, bytes, headings or footnote marks), so any pair fits any document.
/// </summary>
public sealed record Mutation(MutationKind Kind, int At, int Value)
{
    public override string ToString() => $"{Kind}({At}, {Value})";
}
