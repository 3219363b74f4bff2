using System.Text;
using System.Text.RegularExpressions;

namespace UprGraph.Vocabulary;

/// <summary>
/// Turns list entries into a regular expression alternation: each entry escaped, a final <c>*</c> of a word into
/// <c>\w*</c> ("amend*" matches "amended", "amendments"), spaces into <c>\s+</c>. The stages wrap it in their own
/// grammar (<c>\b(?:...)\b</c>, named groups).
/// </summary>
public static class CuePattern
{
    public static string Alternation(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return string.Join('|', entries.Select(Entry));
    }

    /// <summary>A regular expression that matches any entry as whole words.</summary>
    public static Regex Words(IEnumerable<string> entries, RegexOptions options = RegexOptions.None) =>
        new(@"\b(?:" + Alternation(entries) + @")\b", options | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Entry(string entry)
    {
        var builder = new StringBuilder();
        var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(@"\s+");
            }

            var word = words[i];
            var stem = word.Length > 1 && word.EndsWith('*');
            builder.Append(Regex.Escape(stem ? word[..^1] : word));
            if (stem)
            {
                builder.Append(@"\w*");
            }
        }

        return builder.ToString();
    }
}
