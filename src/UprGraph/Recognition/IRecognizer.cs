namespace UprGraph.Recognition;

/// <summary>Finds the mentions of one kind of entity in a sentence's clean text (footnote marks removed).</summary>
public interface IRecognizer
{
    IReadOnlyList<Mention> Recognize(string sentence);
}
