using UprGraph.Recognition.Laws;
using UprGraph.Recognition.Stakeholders;
using UprGraph.Recognition.Treaties;
using UprGraph.Relations;
using UprGraph.Resolution;
using UprGraph.Segmentation;
using UprGraph.Vocabulary;

namespace UprGraph;

/// <summary>
/// Each stage's matchers, built once from a <see cref="GenreVocabulary"/> and shared by every document a pipeline
/// extracts (they are immutable and thread-safe).
/// </summary>
public sealed class ExtractionRules
{
    private static readonly Lazy<ExtractionRules> s_default = new(() => new ExtractionRules(GenreVocabulary.Default));

    public ExtractionRules(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Vocabulary = vocabulary;
        Members = new JointMembers(vocabulary[VocabularyLists.MemberOrganisationWords]);
        Laws = new LawRecognizer(new ActHeads(vocabulary));
        LowercaseActs = new LowercaseActRecognizer();
        Articles = new ArticleRecognizer();
        Treaties = new TreatyRecognizer(vocabulary);
        Proposed = new ProposedLawRecognizer(vocabulary);
        Speakers = new SpeakerCues(vocabulary);
        StakeholderWords = new StakeholderWords(vocabulary);
        Statements = new StatementClassifier(new RelationCues(vocabulary));
        ActFormWords = new HashSet<string>(vocabulary[VocabularyLists.ActFormWords], StringComparer.Ordinal);
        foreach (var entry in vocabulary[VocabularyLists.CountryAdjectives])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                _adjectives[entry[..equals].Trim()] = entry[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

    private readonly Dictionary<string, string[]> _adjectives = new(StringComparer.Ordinal);

    /// <summary>What the state under review is called in acts' names: its name, its other names, its adjectives ("Kazakh").</summary>
    public IReadOnlyList<string> CountryWords(string code, string name)
    {
        var words = new List<string> { name };
        if (Countries.TryGetByCode(code, out var country))
        {
            words.AddRange(country.OtherNames);
        }

        words.AddRange(_adjectives.GetValueOrDefault(code, []));
        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The rules of the built-in vocabulary.</summary>
    public static ExtractionRules Default => s_default.Value;

    public GenreVocabulary Vocabulary { get; }

    /// <summary>Words before an act's head that name its form, not its subject ("Presidential Decree").</summary>
    public IReadOnlySet<string> ActFormWords { get; }

    public JointMembers Members { get; }

    public LawRecognizer Laws { get; }

    public LowercaseActRecognizer LowercaseActs { get; }

    public ArticleRecognizer Articles { get; }

    public TreatyRecognizer Treaties { get; }

    public ProposedLawRecognizer Proposed { get; }

    public SpeakerCues Speakers { get; }

    public StakeholderWords StakeholderWords { get; }

    public StatementClassifier Statements { get; }

    public RelationCues Cues => Statements.Cues;
}
