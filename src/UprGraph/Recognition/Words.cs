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

    [GeneratedRegex(@"\(?[\p{L}\p{N}][\p{L}\p{N}’'\-\.&+/]*\)?|[“”""«»‘’(),;:\-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var value = m.Value;
            // A word that ends a sentence or an abbreviation keeps no trailing full stop.
            var trimmed = value.Length > 1 && value.EndsWith('.') && !value.Equals("No.", StringComparison.Ordinal) ? value[..^1] : value;
            words.Add(new Word(trimmed, m.Index));
        }

        return words;
    }

    public static bool IsCapitalised(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (word[0] == '(' && word.Length > 1 && char.IsUpper(word[1])));

    public static bool IsConnector(string word) => s_connectors.Contains(word);

    /// <summary>Words that start a noun phrase or a clause and so can never be the first word of a name.</summary>
    public static bool IsDeterminer(string word) => s_determiners.Contains(word) || s_lowercaseDeterminers.Contains(word);

    public static bool IsYear(string word) =>
        word.Length == 4 && word[0] is '1' or '2' && word.All(char.IsAsciiDigit) && word[..2] is "17" or "18" or "19" or "20";
}
