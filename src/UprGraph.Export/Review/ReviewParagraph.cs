namespace UprGraph.Export.Review;

/// <summary>A paragraph of the reviewed document: its number and the sentences that have edges.</summary>
public sealed record ReviewParagraph(int Number, IReadOnlyList<ReviewSentence> Sentences);
