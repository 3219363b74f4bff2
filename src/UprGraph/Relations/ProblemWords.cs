namespace UprGraph.Relations;

/// <summary>
/// Finds the first word of a sentence that states a problem ("not", "vague", "discriminatory", "penalties",
/// "death penalty", ...) in one pass over its words: exact words and stems looked up without allocating.
/// </summary>
internal static class ProblemWords
{
    private static readonly HashSet<string> s_words = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "neither", "nor", "despite", "although", "only", "still", "without", "incomplete", "limited",
        "poorly", "impunity", "mandatory", "denied", "deny", "denies", "surveillance", "censorship", "flawed",
        "unconstitutional", "incompatible", "control", "oversight", "suspension", "dependent", "ban", "bans", "banned",
        "gap", "gaps", "impossible", "cannot", "fine", "fines", "fined",
    };

    private static readonly string[] s_stems =
    [
        "lack", "absen", "fail", "vague", "broad", "discriminat", "restrict", "excessive", "arbitrar", "burden", "inadequate",
        "insufficient", "sanction", "penalt", "punish", "imprison", "criminalis", "criminaliz", "prohibit", "concern",
        "undermin", "threat", "persecut", "deteriorat", "detain", "deport", "extradit", "stigmati", "disproportionate",
        "exploit", "evict", "harass", "intimidat", "abus", "unfair", "exclud", "repress", "violat", "barrier", "loophole",
        "compromis", "prevent", "retain", "remain", "increas", "target", "silenc", "interfer", "whip", "flog", "oblig",
        "suspend", "weak", "risk", "dismiss", "block",
    ];

    private static readonly string[] s_phrases =
    [
        "death penalty", "death sentence", "corporal punishment", "deprivation of liberty", "general terms", "contrary to",
        "applied against", "used against", "rather than", "instead of",
    ];

    private static readonly System.Buffers.SearchValues<string> s_phraseSearch = System.Buffers.SearchValues.Create(s_phrases, StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<int, string[]> s_stemsByStart = s_stems
        .GroupBy(s => Key(s.AsSpan()))
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first problem word or phrase of <paramref name="text"/> and where it starts; (-1, null) when there is none.</summary>
    public static (int Index, string? Word) Find(string text)
    {
        var phrase = (Index: -1, Word: (string?)null);
        var at = text.AsSpan().IndexOfAny(s_phraseSearch);
        if (at >= 0)
        {
            var found = s_phrases.First(p => text.AsSpan(at).StartsWith(p, StringComparison.OrdinalIgnoreCase));
            phrase = (at, text.Substring(at, found.Length));
        }

        Span<char> lower = stackalloc char[48];
        var i = 0;
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

            var word = lower[..length];
            text.AsSpan(start, length).ToLowerInvariant(word);
            if (s_lookup.Contains(word) && !IsNumberAbbreviation(text, start, i))
            {
                return (start, text.Substring(start, length));
            }

            // "concerning" is a preposition ("recommendations concerning ..."), not a concern.
            if (length >= 4 && s_stemsByStart.TryGetValue(Key(word), out var stems) && !word.SequenceEqual("concerning"))
            {
                foreach (var stem in stems)
                {
                    if (word.StartsWith(stem, StringComparison.Ordinal))
                    {
                        return (start, text.Substring(start, length));
                    }
                }
            }
        }

        return phrase;
    }

    /// <summary>"No. 1079" is a number, not a negation.</summary>
    private static bool IsNumberAbbreviation(string text, int start, int end) =>
        end - start == 2 && end < text.Length && text[end] == '.' && text[start] == 'N';

    private static int Key(ReadOnlySpan<char> word) => word.Length < 4 ? -1 : (word[0] << 24) ^ (word[1] << 16) ^ (word[2] << 8) ^ word[3];
}
