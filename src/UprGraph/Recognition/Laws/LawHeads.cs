namespace UprGraph.Recognition.Laws;

/// <summary>The type words of domestic acts and how a name may be built around them.</summary>
public static class LawHeads
{
    /// <summary>Capitalised heads that make an act's name with capitalised words before or after them ("Criminal Code", "Code of Criminal Procedure").</summary>
    public static readonly HashSet<string> Named = new(StringComparer.Ordinal)
    {
        "Code", "Act", "Law", "Bill", "Constitution", "Rules", "Regulations", "Ordinance", "Decree",
    };

    /// <summary>Heads that name an act only with a quoted title or a number ("Order ... “On approving ...”", "Decree No. 5").</summary>
    public static readonly HashSet<string> Titled = new(StringComparer.Ordinal)
    {
        "Order", "order", "Decree", "decree", "Resolution", "resolution", "Ordinance", "Regulation", "regulation", "Law", "law",
    };

    /// <summary>Heads that name an act only with its number: "Order No. 15 of the Ministry of Justice", "Resolution No. 2".</summary>
    public static readonly HashSet<string> Numbered = new(StringComparer.Ordinal) { "Order", "Resolution", "Regulation", "Ordinance", "Instruction", "Directive" };

    /// <summary>Words that introduce an act's subject after its head: "Law on Trade Unions", "Code of Criminal Procedure".</summary>
    public static readonly HashSet<string> SubjectLinks = new(StringComparer.Ordinal) { "on", "of", "concerning", "regarding", "relating" };

    /// <summary>Verbs a recommendation chains with "and": "adopt a law on torture and bring the Code in line with ...".</summary>
    public static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "amend", "bring", "review", "revise", "repeal", "abolish", "adopt", "enact", "ratify", "ensure", "establish", "remove",
        "provide", "take", "guarantee", "refrain", "implement", "introduce", "align", "harmonize", "harmonise", "strengthen",
        "end", "stop", "release", "investigate", "allow", "create", "set", "raise", "lift", "decriminalize", "decriminalise",
        "combat", "prevent", "protect", "respect", "train", "increase", "improve", "develop", "consider", "accede", "publish",
    };

    /// <summary>Words that end a lower-case subject ("law on public assembly which would").</summary>
    public static readonly HashSet<string> SubjectStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "that", "who", "whom", "whose", "was", "were", "is", "are", "had", "has", "have", "been", "be", "would",
        "could", "should", "may", "might", "must", "shall", "will", "as", "because", "since", "until", "when", "while",
        "but", "so", "than", "if", "whether", "accordingly", "also", "still", "not", "did", "does", "do", "provided",
        "including", "in", "into", "at", "from", "by", "with", "without", "under", "after", "before", "during", "it",
    };
}
