namespace UprGraph.Recognition.Laws;

/// <summary>The function words that build an act's name around its head (the heads themselves are <see cref="ActHeads"/>, from the vocabulary).</summary>
public static class LawHeads
{
    /// <summary>Words that introduce an act's subject after its head: "Law on Trade Unions", "Code of Criminal Procedure".</summary>
    public static readonly HashSet<string> SubjectLinks = new(StringComparer.Ordinal) { "on", "of", "for", "against", "concerning", "regarding", "relating" };

    /// <summary>Words that end a lower-case subject ("law on public assembly which would").</summary>
    public static readonly HashSet<string> SubjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "that", "who", "whom", "whose", "was", "were", "is", "are", "had", "has", "have", "been", "be", "would",
        "could", "should", "may", "might", "must", "shall", "will", "as", "because", "since", "until", "when", "while",
        "but", "so", "than", "if", "whether", "accordingly", "also", "still", "not", "did", "does", "do", "provided",
        "including", "in", "into", "at", "from", "by", "with", "without", "under", "after", "before", "during", "it",
    };
}
