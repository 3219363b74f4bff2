using System.Text.RegularExpressions;

namespace UprGraph.Resolution;

/// <summary>
/// Reads who a footnote of the Notes annex cites: "JS7, p. 5; AI, p. 3", "CoE-ACFC, p. 5, para. 12 and CoE-CoM,
/// para.2.", "Ibid. para 2" (the sources of the footnote before). "See also ..." adds no source: the statement is the
/// first-named ones'.
/// </summary>
public static partial class FootnoteSources
{
    public static IReadOnlyList<StakeholderEntity> Of(int footnote, IReadOnlyDictionary<int, string> notes, StakeholderRegistry stakeholders)
    {
        for (var n = footnote; n >= 1 && notes.TryGetValue(n, out var text); n--)
        {
            if (!Ibid().IsMatch(text))
            {
                return Parse(text, stakeholders);
            }
        }

        return [];
    }

    private static List<StakeholderEntity> Parse(string text, StakeholderRegistry stakeholders)
    {
        var primary = SeeAlso().Split(text)[0];
        var found = new List<StakeholderEntity>();
        foreach (var part in Parts().Split(primary))
        {
            var candidate = part.Split(',')[0].Trim().TrimEnd('.');
            if (candidate.Length < 2 || candidate.Length > 60)
            {
                continue;
            }

            var stakeholder = stakeholders.FindListed(candidate);
            if (stakeholder is not null && !found.Contains(stakeholder))
            {
                found.Add(stakeholder);
            }
        }

        return found;
    }

    [GeneratedRegex(@"^\s*Ibid\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ibid();

    [GeneratedRegex(@"\bSee also\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeeAlso();

    [GeneratedRegex(@";\s*|\s+and\s+(?=[\p{Lu}])|\.\s+(?=[\p{Lu}])", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();
}
