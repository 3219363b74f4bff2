namespace UprGraph.Recognition;

/// <summary>A word of a sentence and where it starts.</summary>
public readonly record struct Word(string Text, int Offset)
{
    public int End => Offset + Text.Length;
}
