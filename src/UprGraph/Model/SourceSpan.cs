namespace UprGraph.Model;

/// <summary>Where a piece of text stands in its source file: 1-based line and column, 0-based offset.</summary>
public sealed record SourceSpan(string File, int Line, int Column, int Offset, int Length)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
