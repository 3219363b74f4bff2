using UprGraph.Vocabulary;

namespace UprGraph.Recognition.Laws;

/// <summary>The type words of domestic acts (<c>act-heads</c>, <c>titled-act-heads</c>, <c>numbered-act-heads</c>) the verbs a recommendation chains (<c>chain-verbs</c>) and the verbs that open a title after "to" (<c>title-verbs</c>).</summary>
public sealed class ActHeads
{
    public ActHeads(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Named = new HashSet<string>(vocabulary[VocabularyLists.ActHeads], StringComparer.Ordinal);
        Titled = new HashSet<string>(vocabulary[VocabularyLists.TitledActHeads], StringComparer.Ordinal);
        Numbered = new HashSet<string>(vocabulary[VocabularyLists.NumberedActHeads], StringComparer.Ordinal);
        ChainVerbs = new HashSet<string>(vocabulary[VocabularyLists.ChainVerbs], StringComparer.Ordinal);
        TitleVerbs = new HashSet<string>(vocabulary[VocabularyLists.TitleVerbs], StringComparer.Ordinal);
    }

    /// <summary>Capitalised heads that make an act's name with capitalised words before or after them ("Criminal Code", "Code of Criminal Procedure").</summary>
    public IReadOnlySet<string> Named { get; }

    /// <summary>Heads that name an act with a quoted title ("Order ... “On approving ...”", Law “On Refugees”).</summary>
    public IReadOnlySet<string> Titled { get; }

    /// <summary>Heads that name an act only with its number: "Order No. 15 of the Ministry of Justice", "Resolution No. 2".</summary>
    public IReadOnlySet<string> Numbered { get; }

    /// <summary>Verbs a recommendation chains with "and": "adopt a law on torture and bring the Code in line with ...".</summary>
    public IReadOnlySet<string> ChainVerbs { get; }

    /// <summary>Verbs that open an act's title after "to": "the Special Law to Prevent and Punish Torture".</summary>
    public IReadOnlySet<string> TitleVerbs { get; }
}
