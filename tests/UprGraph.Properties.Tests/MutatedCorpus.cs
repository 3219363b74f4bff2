namespace UprGraph.Properties.Tests;

/// <summary>Mutated documents built together, as a folder of them is.</summary>
public sealed record MutatedCorpus(IReadOnlyList<MutatedDocument> Documents)
{
    public override string ToString() => string.Join("; ", Documents);
}
