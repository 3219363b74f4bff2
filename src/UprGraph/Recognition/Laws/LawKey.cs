using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// The identity of an act's name across its variants: "Criminal Procedure Code" = "Code of Criminal Procedure",
/// "2014 Law on Trade Unions" = "Trade Union Law of 2014", "Law on Religious Activity or Religious Association of 2011" =
/// "Law on Religious Activity and Religious Associations", "Code on Administrative Offences" = "Administrative Code",
/// "the Barbados Citizenship Act" = "the Citizenship Act", "Zavala-Riera Act" = "ZavalaRiera Act". The key is the head
/// and the set of stemmed content words, years and the state's names and adjectives left out; a numbered act's key is
/// its head and number, its year suffix left out ("Act No. 7363/64 on ..." = "Act No. 7363", "Law No. 1.066/1997" =
/// "Law No. 1.066/97") but not a number within its year ("Law No. 2004/016"), a roman-numbered act's key its head, number and year ("Act XX of 2020").
/// </summary>
public static partial class LawKey
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "of", "on", "the", "and", "or", "a", "an", "to", "for", "in", "with", "by", "concerning", "regarding", "relating",
        "no", "its", "new", "regulatory", "republic",
    };

    /// <summary>Words that are an act's head: left out of the key only as the act's own head ("Public Order Act" keeps "order").</summary>
    private static readonly Dictionary<string, string[]> s_headWords = new(StringComparer.Ordinal)
    {
        ["law"] = ["law", "laws"], ["code"] = ["code", "codes"], ["act"] = ["act", "acts"], ["bill"] = ["bill", "bills"],
        ["rules"] = ["rules", "rule"], ["regulations"] = ["regulations", "regulation"], ["constitution"] = ["constitution"],
        ["order"] = ["order"], ["decree"] = ["decree"], ["resolution"] = ["resolution"], ["ordinance"] = ["ordinance"], ["proclamation"] = ["proclamation"],
    };

    public static string Of(string head, string name, string? country = null) =>
        Of(head, name, country is null ? [] : [country]);

    public static string Of(string head, string name, IReadOnlyCollection<string> countryNames)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(countryNames);
        var kind = HeadKind(head);
        if (Number().Match(name) is { Success: true } number)
        {
            // "Law No. 11 of 2020": a plain number after "No." is a number within its year ("Law 1448 of 2011" is Law 1448).
            var digits = number.Groups["n"].Value;
            var inYear = digits.All(char.IsAsciiDigit) && name.Contains("No", StringComparison.Ordinal) ? InYear().Match(name, number.Groups["n"].Index + digits.Length) : Match.Empty;
            return kind + ":no-" + NumberWithoutYear(digits).ToLowerInvariant() + (inYear.Success ? "-" + inYear.Groups["year"].Value : "");
        }

        if (RomanNumber().Match(name) is { Success: true } roman)
        {
            // "Act XX of 2020": roman numbers start again each year.
            return kind + ":no-" + roman.Groups["n"].Value.ToLowerInvariant() + "-" + roman.Groups["year"].Value;
        }

        var normalised = " " + Normalise(name) + " ";
        foreach (var country in countryNames)
        {
            var words = Normalise(country).Trim();
            if (words.Length > 0)
            {
                normalised = normalised.Replace(" " + words + " ", " ", StringComparison.Ordinal);
            }
        }

        var own = s_headWords.GetValueOrDefault(kind, [kind]);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_stopWords.Contains(word) && !own.Contains(word) && !(word.Length == 4 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[3])))
            {
                set.Add(Stem(word));
            }
        }

        if (kind == "code" && set.Contains("administrativ"))
        {
            // "Code on Administrative Offences" = "Administrative Code".
            set.Remove("offens");
        }

        return kind + ":" + string.Join('-', set);
    }

    private static readonly HashSet<string> s_proposalWords = new(StringComparer.Ordinal)
    {
        "legislation", "laws", "framework", "frameworks", "comprehensive", "specific", "separate", "adequate", "effective",
        "national", "dedicated", "prohibiting", "against", "that", "which", "regulating", "establishing", "providing",
    };

    /// <summary>
    /// The identity of an act a stakeholder proposes, named by the text's own words: its content words, the head and
    /// the words that only link them left out ("legislation prohibiting all forms of discrimination" = "legislation
    /// against all forms of discrimination").
    /// </summary>
    public static string OfProposal(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in Normalise(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_stopWords.Contains(word) && !s_proposalWords.Contains(word) && word is not ("law" or "act" or "code" or "bill"))
            {
                set.Add(Stem(word));
            }
        }

        return "proposed:" + string.Join('-', set);
    }

    /// <summary>Lower case, quotes and punctuation out, a hyphen inside a word dropped ("Zavala-Riera" = "ZavalaRiera"), "offence" spelt one way.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '-' or '‐' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                continue;
            }
            else
            {
                builder.Append(' ');
            }
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

    /// <summary>
    /// "7363/64" and "1.066/1997" without their year ("7363", "1.066"); "2004/016" and "90/055", a number within its
    /// year, whole ("2004-016").
    /// </summary>
    private static string NumberWithoutYear(string number)
    {
        var slash = number.LastIndexOf('/');
        if (slash < 0)
        {
            return number;
        }

        var suffix = number[(slash + 1)..];
        var year = suffix.Length == 2 || (suffix.Length == 4 && suffix[..2] is "19" or "20");
        return year ? number[..slash] : number.Replace('/', '-');
    }

    /// <summary>"Act No. 7363/64 on ...", "Law 1.066/97", "Decree No. 40117-S", "Law No. 2004/016", "Law 1448": the number after the head; after "No." also a head with one or two capitalised words before it ("Republic Act No. 9745", "Presidential Decree No. UP-3993").</summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}\S*\s+){1,2}\S+\s+(?:No|Nos)\.\s*(?<n>\d+(?:[.-][\dA-Za-z]+)*(?:/\d{1,4})?|[A-Z]{1,4}-\d+)|\S+\s+(?:(?:No|Nos|Number)\.?\s*(?<n>\d+(?:[.-][\dA-Za-z]+)*(?:/\d{1,4})?|[A-Z]{1,4}-\d+)|(?<n>\d+(?:[.-][\dA-Za-z]+)+(?:/\d{1,4})?|\d+/\d{1,4}|(?!(?:17|18|19|20)\d\d\b)\d{1,5})))(?:\s|,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>" of 2020" right after a plain act number.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?<year>(?:17|18|19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InYear();

    /// <summary>"Act CXXV of 2003 on Equal Treatment": the roman number and its year.</summary>
    [GeneratedRegex(@"^\S+\s+(?<n>[IVXLCDM]+)\s+of\s+(?<year>\d{4})(?:\s|,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumber();
}
