namespace UprGraph.Export.Review;

/// <summary>A sentence of the reviewed document (its index in the paragraph, its text) and the edges read from it.</summary>
public sealed record ReviewSentence(int Index, string Text, IReadOnlyList<ReviewEdge> Edges);
