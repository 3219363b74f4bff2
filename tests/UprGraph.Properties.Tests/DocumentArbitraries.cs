using FsCheck;
using FsCheck.Fluent;

namespace UprGraph.Properties.Tests;

/// <summary>
/// FsCheck's generators: a real document with one to six mutations, and a small corpus of two or three of them.
/// Shrinking drops mutations (and documents) one at a time, so a failure is reported with the fewest that still fail.
/// </summary>
public static class DocumentArbitraries
{
    public static Arbitrary<MutatedDocument> MutatedDocument() => Arb.From(MutatedDocuments, Shrink);

    public static Arbitrary<MutatedCorpus> MutatedCorpus() => Arb.From(
        Gen.Choose(2, 3).SelectMany(n => Gen.ListOf(MutatedDocuments, n)).Select(d => new MutatedCorpus([.. d])),
        corpus => corpus.Documents.Count <= 1
            ? []
            : corpus.Documents.Select((_, i) => new MutatedCorpus([.. corpus.Documents.Where((_, j) => j != i)])));

    private static Gen<Mutation> Mutations { get; } =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from at in Gen.Choose(0, 1_000_000)
        from value in Gen.Choose(0, 1_000_000)
        select new Mutation(kind, at, value);

    private static Gen<MutatedDocument> MutatedDocuments { get; } =
        from document in Gen.Choose(0, RealDocuments.All.Count - 1)
        from count in Gen.Choose(1, 6)
        from mutations in Gen.ListOf(Mutations, count)
        select new MutatedDocument(document, [.. mutations]);

    private static IEnumerable<MutatedDocument> Shrink(MutatedDocument document) =>
        document.Mutations.Count <= 1
            ? []
            : document.Mutations.Select((_, i) => document with { Mutations = [.. document.Mutations.Where((_, j) => j != i)] });
}
