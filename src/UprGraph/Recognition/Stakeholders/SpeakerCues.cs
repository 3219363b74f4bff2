using System.Text.RegularExpressions;
using UprGraph.Vocabulary;

namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// What tells who speaks in a sentence, built once from the vocabulary: the reporting verbs and phrases, and the
/// subjects that name no source ("Several submissions", "A number of communications": <c>unnamed-source-quantifiers</c>
/// and <c>unnamed-source-nouns</c>).
/// </summary>
public sealed class SpeakerCues
{
    public SpeakerCues(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Verbs = new ReportingVerbs(vocabulary);
        Unnamed = new Regex(
            $@"^(?:(?:{CuePattern.Alternation(vocabulary[VocabularyLists.UnnamedSourceQuantifiers])})\s+)?(?:{CuePattern.Alternation(vocabulary[VocabularyLists.UnnamedSourceNouns])})$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    public ReportingVerbs Verbs { get; }

    /// <summary>A whole subject that names nobody: "Several submissions", "Stakeholders".</summary>
    public Regex Unnamed { get; }
}
