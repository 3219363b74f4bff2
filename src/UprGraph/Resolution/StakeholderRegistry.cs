using System.Text.RegularExpressions;
using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Resolution;

/// <summary>
/// The stakeholders of one document, by every name they go by: the Notes annex's list when present ("AI", "Amnesty
/// International", "Ombudsman" for "Ombudsman/HRORS"), the text's definitions ("Amnesty International (AI)"), and names
/// used without an abbreviation ("Forum 18", "Kok team"). Joint submissions get ids of their document; organisations
/// get ids from their full name, the same in every document.
/// </summary>
public sealed partial class StakeholderRegistry
{
    private readonly Dictionary<string, StakeholderEntity> _byAlias = new(StringComparer.Ordinal);
    private readonly List<StakeholderEntity> _all = [];
    private readonly string _symbol;
    private readonly string _countryName;
    private readonly StakeholderWords _words;

    public StakeholderRegistry(string symbol, string countryName, NotesAnnex? annex)
        : this(symbol, countryName, annex, StakeholderWords.Default)
    {
    }

    public StakeholderRegistry(string symbol, string countryName, NotesAnnex? annex, StakeholderWords words)
    {
        _words = words;
        _symbol = symbol;
        _countryName = countryName;
        HasList = annex is { Stakeholders.Count: > 0 };
        foreach (var listed in annex?.Stakeholders ?? [])
        {
            var created = Create(listed.Name, listed.Abbreviation, listed.Category);
            var entity = created with { Members = listed.Members, Listed = true };
            _all[_all.IndexOf(created)] = entity;
            Register(entity, listed.Abbreviation, listed.Name);
            foreach (var part in listed.Abbreviation.Split('/').Where(p => p.Length >= 2))
            {
                Register(entity, part);
            }
        }
    }

    /// <summary>True when the annex lists the stakeholders: then a name it does not list is not taken as a speaker.</summary>
    public bool HasList { get; }

    public IReadOnlyList<StakeholderEntity> All => _all;

    /// <summary>Records "Full Name (ABBR)" and returns the stakeholder it defines.</summary>
    public StakeholderEntity Define(string name, string abbreviation)
    {
        var known = Find(abbreviation) ?? Find(name);
        if (known is null)
        {
            known = Create(name, abbreviation, null);
        }
        else if (known.Abbreviation is null || !known.Listed && known.Name == known.Abbreviation)
        {
            var better = known with { Name = known.Listed ? known.Name : name, Abbreviation = known.Abbreviation ?? abbreviation };
            Replace(known, better);
            known = better;
        }

        Register(known, abbreviation, name);
        return known;
    }

    /// <summary>The stakeholder a name in a subject stands for, or null when the name is not an organisation's.</summary>
    public StakeholderEntity? Resolve(string name)
    {
        var trimmed = Recognition.Stakeholders.SubjectNames.StripLeading(name.Trim());
        if (trimmed.Length < 2)
        {
            return null;
        }

        var known = Find(trimmed) ?? FindNear(trimmed) ?? FindByLeadingAbbreviation(trimmed) ?? FindWithoutGluedMark(trimmed);
        if (known is not null)
        {
            return known;
        }

        var joint = JointSubmission().Match(trimmed);
        if (joint.Success)
        {
            var abbreviation = "JS" + joint.Groups["n"].Value;
            var entity = Find(abbreviation) ?? Create("Joint Submission " + joint.Groups["n"].Value, abbreviation, StakeholderCategory.JointSubmission);
            Register(entity, abbreviation, entity.Name);
            return entity;
        }

        if (HasList || !LooksLikeOrganisation(trimmed))
        {
            return null;
        }

        var created = IsAbbreviation(trimmed) ? Create(trimmed, trimmed, null) : Create(trimmed, null, null);
        Register(created, trimmed);
        return created;
    }

    /// <summary>
    /// "AI28", "JS267" (`pdftotext -raw`: the footnote mark glued to the abbreviation): a listed abbreviation followed by
    /// the digits of a mark, when the whole is no listed stakeholder; the longest listed one ("JS26" before "JS2").
    /// </summary>
    private StakeholderEntity? FindWithoutGluedMark(string name)
    {
        if (!HasList || name.Length < 3 || !char.IsAsciiDigit(name[^1]) || name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        for (var cut = 1; cut <= 3 && cut < name.Length - 1 && char.IsAsciiDigit(name[^cut]); cut++)
        {
            if (Find(name[..^cut]) is { Listed: true } listed)
            {
                return listed;
            }
        }

        return null;
    }

    /// <summary>
    /// "MISA Zambia" for the annex's "MISA" (Media Institute of Southern Africa Zambia Chapter): a listed abbreviation
    /// followed by words of that stakeholder's own name.
    /// </summary>
    private StakeholderEntity? FindByLeadingAbbreviation(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (!HasList || space < 2 || Find(name[..space]) is not { Listed: true } listed)
        {
            return null;
        }

        var rest = name[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length is > 0 and <= 3 && rest.All(w => listed.Name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? listed : null;
    }

    /// <summary>The stakeholder an abbreviation of a footnote ("JS7, p. 5") names, if the document knows it.</summary>
    public StakeholderEntity? FindListed(string abbreviation) => Find(abbreviation) ?? FindNear(abbreviation) ?? FindByLeadingAbbreviation(abbreviation);

    private StakeholderEntity? Find(string name) => _byAlias.GetValueOrDefault(Key(name));

    /// <summary>A one-letter slip in a long abbreviation: "PTPR/J3" for "PTPR/JS3", "CoE-CM" for "CoE-CoM".</summary>
    private StakeholderEntity? FindNear(string name)
    {
        // Slips are corrected against the annex's list only; without it there is nothing to be near.
        if (!HasList || name.Length < 5 || name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var key = Key(name);
        var near = _byAlias.Where(kv => kv.Key.Length >= 5 && Math.Abs(kv.Key.Length - key.Length) <= 1 && IsOneEditApart(kv.Key, key))
            .Select(kv => kv.Value).Distinct().ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private StakeholderEntity Create(string name, string? abbreviation, string? category)
    {
        var joint = abbreviation is not null && JointAbbreviation().IsMatch(abbreviation) || JointSubmission().IsMatch(name);
        category ??= joint ? StakeholderCategory.JointSubmission : CategoryOf(name + " " + abbreviation);
        var id = category == StakeholderCategory.JointSubmission
            ? DocumentIds.JointSubmission(_symbol, abbreviation ?? name)
            : DocumentIds.Stakeholder(Slug.Of(name));
        var entity = new StakeholderEntity(id, name, abbreviation == name ? null : abbreviation, category);
        _all.Add(entity);
        return entity;
    }

    private void Register(StakeholderEntity entity, params string[] names)
    {
        foreach (var name in names)
        {
            _byAlias[Key(name)] = entity;
        }
    }

    private void Replace(StakeholderEntity old, StakeholderEntity replacement)
    {
        _all[_all.IndexOf(old)] = replacement;
        foreach (var key in _byAlias.Where(kv => kv.Value == old).Select(kv => kv.Key).ToList())
        {
            _byAlias[key] = replacement;
        }
    }

    private bool LooksLikeOrganisation(string name)
    {
        if (name.Equals(_countryName, StringComparison.OrdinalIgnoreCase) || !char.IsUpper(name[0]) || name.Split(' ').Length > 12)
        {
            return false;
        }

        if (IsAbbreviation(name))
        {
            return true;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Any(w => _words.State.Contains(w)))
        {
            return false;
        }

        // "Freedom House", "Equality Now": a name of capitalised words speaking in a summary is an organisation's;
        // lower-case words only with an organisation word ("Kok team", "Jubilee campaign").
        return words.Any(w => IsOrganisationWord(w) || w.Any(char.IsDigit))
            || words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "on" or "to" or "in" or "against" or "without");
    }

    private bool IsOrganisationWord(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith("’s", StringComparison.Ordinal) || lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        return _words.Organisation.Contains(lower);
    }

    /// <summary>"AI", "JS10", "OSCE/ODIHR", "L4L", and names that start with one: "ILGA-Europe", "CIVICUS".</summary>
    private static bool IsAbbreviation(string name) =>
        AbbreviationShape().IsMatch(name) || (!name.Contains(' ', StringComparison.Ordinal) && name.Length >= 3 && char.IsUpper(name[0]) && char.IsUpper(name[1]) && char.IsUpper(name[2]));

    private string CategoryOf(string text)
    {
        if (text.Contains("ombuds", StringComparison.OrdinalIgnoreCase) || text.Contains("commissioner for human rights", StringComparison.OrdinalIgnoreCase)
            || text.Contains("national human rights", StringComparison.OrdinalIgnoreCase) || text.Contains("human rights commission", StringComparison.OrdinalIgnoreCase)
            || text.Contains("defender of", StringComparison.OrdinalIgnoreCase) || text.Contains("nhri", StringComparison.OrdinalIgnoreCase))
        {
            return StakeholderCategory.Nhri;
        }

        return _words.Intergovernmental.IsMatch(text) ? StakeholderCategory.Intergovernmental : StakeholderCategory.Ngo;
    }

    /// <summary>Lower case, without a leading article, quotes and apostrophes, single spaces.</summary>
    private static string Key(string name)
    {
        var text = Recognition.Stakeholders.SubjectNames.StripLeading(name.Trim());
        // Written into a buffer on the stack (a name is short) and made a string once.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    private static bool IsOneEditApart(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    [GeneratedRegex(@"^Joint [Ss]ubmission (?<n>\d+)$|^JS(?<n>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubmission();

    [GeneratedRegex(@"(?:^|/)JS\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex JointAbbreviation();

    [GeneratedRegex(@"^[\p{Lu}\d][\p{Lu}\p{Ll}\d/&.+-]*[\p{Lu}\d]$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationShape();
}
