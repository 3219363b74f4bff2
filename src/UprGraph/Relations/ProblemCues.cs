using UprGraph.Vocabulary;

namespace UprGraph.Relations;

/// <summary>
/// Finds the first word of a sentence that states a problem ("not", "vague", "discriminatory", "penalties", "death
/// penalty", ...), from the <c>problem-cues</c> list (or another list of its syntax), in one pass over the words: whole
/// words and stems looked up without allocating, phrases found first.
/// </summary>
public sealed class ProblemCues
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<int, string[]> _stemsByStart;
    private readonly string[] _shortStems;
    private readonly string[] _phrases;
    private readonly System.Buffers.SearchValues<string> _phraseSearch;
    /// <summary>Which three-letter starts (a-z) a word or stem has; a word with another start is no cue.</summary>
    private readonly System.Collections.BitArray _starts = new(26 * 26 * 26);

    /// <summary>Whether a stem is shorter than three letters: then a word's start says nothing.</summary>
    private readonly bool _shortStem;

    public ProblemCues(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var stems = new List<string>();
        var phrases = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add(entry);
            }
            else if (entry.Length > 1 && entry.EndsWith('*'))
            {
                stems.Add(entry[..^1].ToLowerInvariant());
            }
            else
            {
                _words.Add(entry.ToLowerInvariant());
            }
        }

        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        // By their first three letters: most words ("the", "was", "recommended") start as no cue does and are passed
        // over without a lookup. A word that starts otherwise than with three of a-z is always looked up (a cue of two
        // letters, "no", is never three letters long).
        foreach (var entry in _words.Concat(stems))
        {
            if (StartKey(entry.AsSpan()) is { } key)
            {
                _starts[key] = true;
            }
        }

        _shortStem = stems.Any(t => t.Length < 3);
        _stemsByStart = stems.Where(s => s.Length >= 4).GroupBy(s => Key(s.AsSpan())).ToDictionary(g => g.Key, g => g.ToArray());
        _shortStems = [.. stems.Where(s => s.Length < 4)];
        _phrases = [.. phrases];
        _phraseSearch = System.Buffers.SearchValues.Create(_phrases.Length > 0 ? _phrases : ["\u0000\u0000"], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The cues of the built-in <c>problem-cues</c> list.</summary>
    public static ProblemCues Of(GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new ProblemCues(vocabulary[VocabularyLists.ProblemCues]);
    }

    /// <summary>The first problem word or phrase of <paramref name="text"/> and where it starts; (-1, null) when there is none.</summary>
    public (int Index, string? Word) Find(string text) => Find(text, 0);

    /// <summary>The first problem word or phrase of <paramref name="text"/> from <paramref name="from"/> on; (-1, null) when there is none.</summary>
    public (int Index, string? Word) Find(string text, int from)
    {
        var phrases = (From: int.MaxValue, At: -1);
        return Find(text, from, ref phrases);
    }

    /// <summary>
    /// As <see cref="Find(string, int)"/>, reusing where the last search from <c>phrases.From</c> found the first phrase
    /// (<c>phrases.At</c>) while that is still ahead: <see cref="FindAll"/> then searches the text for phrases once, not
    /// to its end again after every word (quadratic in a text of many problem words).
    /// </summary>
    private (int Index, string? Word) Find(string text, int from, ref (int From, int At) phrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = (Index: -1, Word: (string?)null);
        int at;
        if (phrases.From <= from && (phrases.At < 0 || phrases.At >= from))
        {
            at = phrases.At;
        }
        else
        {
            at = from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny(_phraseSearch);
            at = at >= 0 ? at + from : -1;
            phrases = (from, at);
        }

        if (at >= 0)
        {
            var found = _phrases.First(p => text.AsSpan(at).StartsWith(p, StringComparison.OrdinalIgnoreCase));
            phrase = (at, text.Substring(at, found.Length));
        }

        Span<char> lower = stackalloc char[48];
        var i = from;
        while (i < text.Length && (phrase.Index < 0 || i < phrase.Index))
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
            if (length > lower.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            if (!_shortStem && StartKey(text.AsSpan(start, length)) is { } key && !_starts[key])
            {
                continue;
            }

            var word = lower[..length];
            text.AsSpan(start, length).ToLowerInvariant(word);
            if (_lookup.Contains(word) && !IsNumberAbbreviation(text, start, i))
            {
                return (start, text.Substring(start, length));
            }

            // "concerning" is a preposition ("recommendations concerning ..."), not a concern.
            if (length >= 4 && _stemsByStart.TryGetValue(Key(word), out var stems) && !word.SequenceEqual("concerning"))
            {
                foreach (var stem in stems)
                {
                    if (word.StartsWith(stem, StringComparison.Ordinal))
                    {
                        return (start, text.Substring(start, length));
                    }
                }
            }

            foreach (var stem in _shortStems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return (start, text.Substring(start, length));
                }
            }
        }

        return phrase;
    }

    /// <summary>Every problem word or phrase of <paramref name="text"/>, in order.</summary>
    public IEnumerable<(int Index, string Word)> FindAll(string text)
    {
        var phrases = (From: int.MaxValue, At: -1);
        for (var (at, word) = Find(text, 0, ref phrases); word is not null; (at, word) = Find(text, at + word.Length, ref phrases))
        {
            yield return (at, word);
        }
    }

    /// <summary>"No. 1079" is a number, not a negation.</summary>
    private static bool IsNumberAbbreviation(string text, int start, int end) =>
        end - start == 2 && end < text.Length && text[end] == '.' && text[start] == 'N';

    /// <summary>The index of a word's first three letters when they are a-z (either case); null otherwise.</summary>
    private static int? StartKey(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var (a, b, c) = (word[0] | 0x20, word[1] | 0x20, word[2] | 0x20);
        return a is >= 'a' and <= 'z' && b is >= 'a' and <= 'z' && c is >= 'a' and <= 'z' ? (((a - 'a') * 26) + (b - 'a')) * 26 + (c - 'a') : null;
    }

    private static int Key(ReadOnlySpan<char> word) => word.Length < 4 ? -1 : (word[0] << 24) ^ (word[1] << 16) ^ (word[2] << 8) ^ word[3];
}
