using System.Text.RegularExpressions;
using UprGraph.Vocabulary;

namespace UprGraph.Resolution;

/// <summary>
/// The words that tell an organisation's name from others', built once from the vocabulary: organisation words
/// ("Kok team", "Forum 18"), state bodies and acts ("the Ministry", "the Code": never a source), and intergovernmental
/// names ("CoE", "OSCE").
/// </summary>
public sealed class StakeholderWords
{
    public StakeholderWords(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Organisation = new HashSet<string>(vocabulary[VocabularyLists.OrganisationWords], StringComparer.Ordinal);
        State = new HashSet<string>(vocabulary[VocabularyLists.StateBodies], StringComparer.Ordinal);
        Intergovernmental = CuePattern.Words(vocabulary[VocabularyLists.IntergovernmentalNames]);
    }

    /// <summary>The words of the built-in lists.</summary>
    public static StakeholderWords Default { get; } = new(GenreVocabulary.Default);

    /// <summary>Lower-case words of organisations' names.</summary>
    public IReadOnlySet<string> Organisation { get; }

    /// <summary>Capitalised words of the State's bodies and of acts.</summary>
    public IReadOnlySet<string> State { get; }

    public Regex Intergovernmental { get; }
}
