namespace UprGraph.Recognition.Laws;

/// <summary>
/// The identity of an act's name across its variants: "Criminal Procedure Code" = "Code of Criminal Procedure",
/// "2014 Law on Trade Unions" = "Trade Union Law of 2014", "Law on Religious Activity or Religious Association of 2011" =
/// "Law on Religious Activity and Religious Associations", "Code on Administrative Offences" = "Administrative Code".
/// The key is the head and the set of stemmed content words, years and the state's name left out.
/// </summary>
public static class LawKey
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "of", "on", "the", "and", "or", "a", "an", "to", "for", "in", "with", "by", "concerning", "regarding", "relating",
        "no", "its", "new", "law", "code", "act", "bill", "rules", "rule", "regulations", "constitution", "order",
        "decree", "resolution", "ordinance", "regulatory", "republic",
    };

    public static string Of(string head, string name, string? country = null)
    {
        var normalised = Normalise(name);
        if (country is not null)
        {
            normalised = normalised.Replace(Normalise(country), " ", StringComparison.Ordinal);
        }

        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_stopWords.Contains(word) && !(word.Length == 4 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[3])))
            {
                words.Add(Stem(word));
            }
        }

        var kind = HeadKind(head);
        if (kind == "code" && words.Contains("administrative"))
        {
            words.Remove("offens");
        }

        return kind + ":" + string.Join('-', words);
    }

    /// <summary>Lower case, quotes and punctuation out, "offence" spelt one way.</summary>
    public static string Normalise(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Replace("offence", "offense", StringComparison.Ordinal);
    }

    private static string HeadKind(string head) => head.ToLowerInvariant() switch
    {
        "codes" => "code",
        "regulation" => "regulations",
        var h => h,
    };

    private static string Stem(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            word = word[..^3] + "y";
        }
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3)
        {
            word = word[..^1];
        }

        if (word.EndsWith("al", StringComparison.Ordinal) && word.Length > 7)
        {
            word = word[..^2];
        }

        return word.EndsWith('e') && word.Length > 4 ? word[..^1] : word;
    }
}
