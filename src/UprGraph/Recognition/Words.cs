using System.Text.RegularExpressions;

namespace UprGraph.Recognition;

/// <summary>Word-level helpers for the recognisers: the words of a sentence with their offsets, and word classes.</summary>
public static partial class Words
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "to", "against", "for", "on", "in", "or", "with", "at", "from", "by", "a", "an",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our", "same", "new", "such",
        "neither", "nor", "either", "despite", "although", "under", "moreover", "meanwhile", "furthermore", "however",
        "according", "in", "while", "whereas", "also", "both", "any", "all", "no", "every", "each",
    };

    /// <summary>Adjectives that start a noun phrase in lower case ("the national legislation"); capitalised, they belong to a name ("National Security Act").</summary>
    private static readonly HashSet<string> s_lowercaseDeterminers = new(StringComparer.Ordinal)
    {
        "current", "existing", "national", "domestic", "relevant", "pending", "draft", "proposed", "amended", "said", "specific",
        "separate", "comprehensive", "mandatory", "several", "various",
    };

    /// <summary>
    /// The words of a sentence: letters and digits with inner apostrophes, hyphens, stops, slashes, "&amp;" and "+", an
    /// opening or closing bracket kept on the word it touches; quotes, brackets, commas and dashes as words of their own.
    /// A word's final full stop is dropped, except in "No.".
    /// </summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>(text.Length / 5);
        // A long text repeats its words: each is made once, so the words of a sentence of megabytes take a list, not a
        // string each (the same words, equal strings, shared).
        var pool = text.Length > PoolFrom ? new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>() : (Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>?)null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var opens = c == '(' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || opens)
            {
                var start = i;
                i += opens ? 2 : 1;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInner(text[i])))
                {
                    i++;
                }

                // a word ends on a letter or digit: "U.S." keeps its stops, "done." loses its last one
                var end = i;
                while (end > start + 1 && IsInner(text[end - 1]) && text[end - 1] != '.')
                {
                    end--;
                }

                if (end < text.Length && text[end] == ')')
                {
                    end++;
                }

                i = Math.Max(end, start + 1);
                var value = text.AsSpan(start, end - start);
                var trimmed = value.Length > 1 && value[^1] == '.' && !value.SequenceEqual("No.") ? value[..^1] : value;
                words.Add(new Word(Text(pool, trimmed), start));
                continue;
            }

            if (s_punctuation.Contains(c))
            {
                words.Add(new Word(s_punctuationText[c], i));
            }

            i++;
        }

        return words;
    }

    /// <summary>A sentence this long shares its words' strings, as its mentions share theirs.</summary>
    private const int PoolFrom = MentionPool.From;

    private static string Text(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? pool, ReadOnlySpan<char> word)
    {
        if (pool is not { } words)
        {
            return word.ToString();
        }

        if (!words.TryGetValue(word, out var text))
        {
            text = word.ToString();
            words.Dictionary[text] = text;
        }

        return text;
    }

    private static bool IsInner(char c) => c is '’' or '\'' or '-' or '.' or '&' or '+' or '/';

    private const string Punctuation = "“”\"«»‘’(),;:-–—";

    private static readonly System.Buffers.SearchValues<char> s_punctuation = System.Buffers.SearchValues.Create(Punctuation);

    /// <summary>A punctuation mark's word, one string for all its occurrences.</summary>
    private static readonly Dictionary<char, string> s_punctuationText = Punctuation.ToDictionary(c => c, c => c.ToString());

    public static bool IsCapitalised(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (word[0] == '(' && word.Length > 1 && char.IsUpper(word[1])));

    public static bool IsConnector(string word) => s_connectors.Contains(word);

    /// <summary>Words that start a noun phrase or a clause and so can never be the first word of a name.</summary>
    public static bool IsDeterminer(string word) => s_determiners.Contains(word) || s_lowercaseDeterminers.Contains(word);

    public static bool IsYear(string word) =>
        word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsAsciiDigit) && word[..2] is "17" or "18" or "19" or "20";
}
