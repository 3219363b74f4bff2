namespace UprGraph.Segmentation;

/// <summary>A footnote number found in running text, at <see cref="Offset"/> of the text it was removed from.</summary>
public readonly record struct FootnoteMark(int Offset, int Number);
