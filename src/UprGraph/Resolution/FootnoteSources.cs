using System.Text.RegularExpressions;

namespace UprGraph.Resolution;

/// <summary>
/// Reads who a footnote of the Notes annex cites: "JS7, p. 5; AI, p. 3", "CoE-ACFC, p. 5, para. 12 and CoE-CoM,
/// para.2.", "Ibid. para 2" (the sources of the footnote before). "See also ..." adds no source: the statement is the
/// first-named ones'.
/// </summary>
public static partial class FootnoteSources
{
    public static IReadOnlyList<StakeholderEntity> Of(int footnote, IReadOnlyDictionary<int, string> notes, StakeholderRegistry stakeholders) =>
        Of(footnote, notes, stakeholders, count: null);

    /// <summary>
    /// The sources a footnote cites: its main entries; when the statement counts its sources ("Two submissions noted")
    /// and the main entries fall short of that count, the entries after "See also" make up the rest, in order.
    /// </summary>
    public static IReadOnlyList<StakeholderEntity> Of(int footnote, IReadOnlyDictionary<int, string> notes, StakeholderRegistry stakeholders, int? count)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(stakeholders);
        for (var n = footnote; n >= 1 && notes.TryGetValue(n, out var text); n--)
        {
            if (!Ibid().IsMatch(text))
            {
                var parts = SeeAlso().Split(text, 2);
                var main = Parse(parts[0], stakeholders);
                if (count is { } wanted && main.Count < wanted && parts.Length > 1)
                {
                    main.AddRange(Parse(parts[1], stakeholders).Where(s => !main.Contains(s)).Take(wanted - main.Count));
                }

                return main;
            }
        }

        return [];
    }

    private static List<StakeholderEntity> Parse(string primary, StakeholderRegistry stakeholders)
    {
        var found = new List<StakeholderEntity>();
        foreach (var part in Parts().Split(primary))
        {
            var candidate = part.Split(',')[0].Trim().TrimEnd('.');
            if (candidate.StartsWith("and ", StringComparison.Ordinal))
            {
                // "AI, para. 31; JS3, para. 5; and JS11, para. 78."
                candidate = candidate[4..].TrimStart();
            }

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
