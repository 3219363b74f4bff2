using System.Text.RegularExpressions;

namespace UprGraph.Segmentation;

/// <summary>
/// Splits "submitted by: A (ABC), City, Country, B, City, Country and C, City, Country" into organisation names,
/// dropping cities and countries: a part is an organisation when it has an organisation word, an abbreviation in
/// brackets, or three words or more; a country's name, or one or two capitalised words, is a place.
/// </summary>
public sealed partial class JointMembers
{
    private readonly HashSet<string> _organisationWords;

    /// <summary>The words that make a part of a member list an organisation's, not a place (lower case).</summary>
    public JointMembers(IEnumerable<string> organisationWords)
    {
        _organisationWords = new HashSet<string>(organisationWords, StringComparer.Ordinal);
    }

    /// <summary>Reads member lists with the built-in <c>member-organisation-words</c>.</summary>
    public static JointMembers Default { get; } = new(Vocabulary.GenreVocabulary.Default[Vocabulary.VocabularyLists.MemberOrganisationWords]);

    public List<string> Parse(string text)
    {
        var namely = text.IndexOf("namely", StringComparison.OrdinalIgnoreCase);
        if (namely >= 0)
        {
            text = text[(namely + "namely".Length)..];
        }

        var parts = Separator().Split(text)
            .SelectMany(SplitOnAnd)
            .Select(p => LeadingAnd().Replace(p.Trim().Trim('.', ';', ','), "").Trim())
            .Where(p => p.Length > 0)
            .ToList();

        // "Equality Now, Nairobi, Kenya": a country is a place, and so is the city just before it; "Alternatives-Cameroun,
        // Douala (Cameroon)": a city with its country in brackets is the whole place.
        var places = new bool[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (IsPostalPlace(parts[i]) || IsCountry(parts[i]))
            {
                // "NY 10017 (United States of America)", "EC1R 3GA (United Kingdom ...)" are places too.
                places[i] = true;
                var cityInBrackets = !parts[i].TrimStart().StartsWith('(') && PlaceInBrackets().IsMatch(Article().Replace(parts[i].Trim(), "").Trim().Trim('.', ';'))
                    && !IsPostalPlace(parts[i]);
                if (i > 0 && !places[i - 1] && !cityInBrackets && parts[i - 1].Split(' ').Length <= 4 && !parts[i - 1].Contains('(', StringComparison.Ordinal)
                    && !HasOrganisationWord(parts[i - 1]))
                {
                    places[i - 1] = true;
                }
            }
        }

        return parts.Where((p, i) => !places[i] && (IsOrganisation(p) || (i + 1 < parts.Count && places[i + 1])))
            .Select(p => Article().Replace(p, ""))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool IsCountry(string part)
    {
        var trimmed = Article().Replace(part.Trim(), "").Trim().Trim('.', ';');
        var bracketed = PlaceInBrackets().Match(trimmed);
        return Countries.TryGetByName(trimmed, out _) || trimmed is "USA" or "UK"
            || (bracketed.Success && Countries.TryGetByName(Article().Replace(bracketed.Groups["country"].Value, ""), out _));
    }

    private bool HasOrganisationWord(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => _organisationWords.Contains(w.Trim('(', ')', ',').ToLowerInvariant()));

    /// <summary>
    /// The name without a trailing ", City, Country", ", City (Country)", ", City, NY 10017 (Country)" or ". City
    /// (Country)": up to three trailing parts that are places, postcodes or a bracketed country.
    /// </summary>
    public string WithoutPlace(string text)
    {
        var parts = PartSeparator().Split(text).ToList();
        var dropped = 0;
        while (parts.Count > 1 && dropped < 3)
        {
            var last = parts[^1].Trim();
            var bracket = last.IndexOf('(', StringComparison.Ordinal);
            var beforeBracket = bracket > 0 ? last[..bracket].Trim() : last;
            var country = bracket >= 0 && last.EndsWith(')') ? last[(bracket + 1)..^1] : "";
            var place = IsPlace(last) || (bracket > 0 && IsCountry(country) && (IsPlace(beforeBracket) || HasDigit(beforeBracket)))
                || (bracket == 0 && IsCountry(country)) || last.All(c => char.IsAsciiDigit(c) || c == ' ') || (dropped > 0 && HasDigit(last) && last.Length <= 12);
            if (!place)
            {
                break;
            }

            parts.RemoveAt(parts.Count - 1);
            dropped++;
        }

        return Article().Replace(string.Join(", ", parts).Trim(), "");
    }

    private static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);

    private static bool IsPostalPlace(string part)
    {
        var trimmed = part.Trim();
        var bracket = trimmed.IndexOf('(', StringComparison.Ordinal);
        return bracket > 0 && trimmed.EndsWith(')') && HasDigit(trimmed[..bracket]) && trimmed[..bracket].Length <= 16 && IsCountry(trimmed[(bracket + 1)..^1]);
    }

    private IEnumerable<string> SplitOnAnd(string part)
    {
        // "Trinidad and Tobago and The World Coalition", "Barbados and Barbados National Organisation": an "and"
        // separates two members after a place or after an abbreviation in brackets ("(PIC) and the Institute").
        var rest = part;
        var search = 0;
        while (true)
        {
            var at = rest.IndexOf(" and ", search, StringComparison.Ordinal);
            if (at < 0)
            {
                yield return rest;
                yield break;
            }

            var left = rest[..at];
            var right = rest[(at + 5)..];
            if (IsPlace(left) || left.EndsWith(')'))
            {
                yield return left;
                rest = right;
                search = 0;
            }
            else
            {
                search = at + 5;
            }
        }
    }

    private bool IsOrganisation(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsPlace(part))
        {
            return false;
        }

        return part.Contains('(', StringComparison.Ordinal)
            || words.Length >= 3
            || words.Any(w => _organisationWords.Contains(w.Trim('(', ')', ',').ToLowerInvariant()))
            || (words.Length == 1 && words[0].Length > 2 && words[0].All(c => char.IsUpper(c) || c == '-'));
    }

    private bool IsPlace(string part)
    {
        var trimmed = Article().Replace(part.Trim(), "").Trim().Trim('.', ';');
        var bracketed = PlaceInBrackets().Match(trimmed);
        if (bracketed.Success && Countries.TryGetByName(Article().Replace(bracketed.Groups["country"].Value, ""), out _))
        {
            return true;
        }

        if (Countries.TryGetByName(trimmed, out _) || Countries.TryGetByName(part.Trim().Trim('.', ';'), out _) || trimmed is "USA" or "UK")
        {
            return true;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a city is one or two capitalised words, not an acronym ("EQUALS", "ARC")
        return words.Length is >= 1 and <= 2 && words.All(w => w.Length > 0 && char.IsUpper(w[0])) && !words.Any(w => w.Length > 2 && w.All(char.IsUpper))
            && !words.Any(w => _organisationWords.Contains(w.ToLowerInvariant())) && !trimmed.Contains('(', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[A-Z][\p{L} .'-]*\((?<country>[^)]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceInBrackets();

    [GeneratedRegex(@"[;,]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@",\s+|\.\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"^[Tt]he\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
