using UprGraph.Vocabulary;

namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Finds the reporting verb of a summary's sentence ("noted", "recommended", "called on", "pointed out", "was
/// concerned") by looking its words up, without a regular expression: where it starts and the verb as written. The
/// verbs are the <c>reporting-verbs</c> list, the phrases the <c>reporting-phrases</c> list.
/// </summary>
public sealed class ReportingVerbs
{
    private readonly HashSet<string> _verbs;
    /// <summary>Each word that is a verb or starts a phrase: whether it is a verb, and its phrases (longest first); one lookup a word.</summary>
    private readonly Dictionary<string, (bool Verb, string[] Phrases)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _lengths = new ulong[128];

    public ReportingVerbs(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _verbs = new HashSet<string>(vocabulary[VocabularyLists.ReportingVerbs], StringComparer.Ordinal);
        var phrasesByFirstWord = vocabulary[VocabularyLists.ReportingPhrases]
            .Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Contains(' ', StringComparison.Ordinal))
            .GroupBy(p => p[..p.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
        var words = _verbs.Union(phrasesByFirstWord.Keys, StringComparer.Ordinal).ToList();
        _lookup = words
            .ToDictionary(w => w, w => (_verbs.Contains(w), phrasesByFirstWord.GetValueOrDefault(w, [])), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // By first character, the lengths of the words looked up: most words of a sentence ("JS7", "the") are passed over
        // without a lookup. Words that start with a non-ASCII character are always looked up.
        foreach (var word in words.Where(w => w.Length > 0 && w[0] < 128))
        {
            _lengths[word[0]] |= word.Length < 64 ? 1UL << word.Length : 1UL << 63;
        }
    }

    /// <summary>True for a verb of the list ("noted", "recommended").</summary>
    public bool IsVerb(string word) => _verbs.Contains(word);

    /// <summary>The first reporting verb within the first <paramref name="limit"/> characters, after the first word: its start and text.</summary>
    public (int Index, string? Verb) Find(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = Math.Min(text.Length, limit);
        var i = 0;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (start == 0 || (text[start] < 128 && (_lengths[text[start]] & (length < 64 ? 1UL << length : 1UL << 63)) == 0)
                || !_lookup.TryGetValue(text.AsSpan(start, length), out var entry))
            {
                continue;
            }

            foreach (var phrase in entry.Phrases)
            {
                var after = start + phrase.Length;
                if (text.AsSpan(start).StartsWith(phrase, StringComparison.Ordinal) && (after >= text.Length || !char.IsLetter(text[after])))
                {
                    return (start, phrase);
                }
            }

            if (entry.Verb)
            {
                return (start, text[start..i]);
            }
        }

        return (-1, null);
    }
}
