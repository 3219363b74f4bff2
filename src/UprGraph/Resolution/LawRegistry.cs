using UprGraph.Graph;
using UprGraph.Recognition;
using UprGraph.Recognition.Laws;

namespace UprGraph.Resolution;

/// <summary>
/// The acts of one document, merged across their variants by <see cref="LawKey"/>, with the order in which they were
/// last named, so that "the Code", "the same Code", "the Law" and "the 2018 Law" resolve to the act they refer back to.
/// Ids belong to the state under review: the Criminal Code of Kazakhstan is not Belarus's.
/// </summary>
public sealed partial class LawRegistry(string countryCode, IReadOnlyCollection<string> countryNames)
{
    /// <summary>A registry for the country of that name, without its other names and adjectives.</summary>
    public LawRegistry(string countryCode, string countryName)
        : this(countryCode, [countryName])
    {
    }

    /// <summary>What <see cref="KeyOf"/> is asked for a proposal: no act's head.</summary>
    private const string ProposedHead = "\u0000proposed";

    private readonly Dictionary<string, LawEntity> _byKey = new(StringComparer.Ordinal);
    // The acts by when they were last named, the latest last; each act's place in it, so that naming one again moves it in
    // constant time, not by a scan of every act of the document.
    private readonly LinkedList<LawEntity> _recent = [];
    private readonly Dictionary<LawEntity, LinkedListNode<LawEntity>> _recentNodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, LawEntity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LawEntity> _byAbbreviation = new(StringComparer.Ordinal);

    /// <summary>The abbreviations the document defined for its acts ("POMA" for the Public Order Management Act).</summary>
    public IReadOnlyDictionary<string, LawEntity> Abbreviations => _byAbbreviation;

    public IEnumerable<LawEntity> All => _byKey.Values.Distinct();

    /// <summary>The act a law mention names (created on first mention); null for a reference nothing precedes.</summary>
    public LawEntity? Resolve(Mention mention)
    {
        var entity = mention.Kind switch
        {
            MentionKind.Law => Add(mention),
            MentionKind.LawReference => Refer(mention.Head ?? mention.Name, mention.Year, mention.Draft),
            _ => null,
        };
        if (entity is not null)
        {
            Touch(entity);
        }

        return entity;
    }

    /// <summary>The act with the node id <paramref name="id"/>, if the document named it.</summary>
    public LawEntity? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The act named most recently, if any (for "articles 121, 122 and 123" with no act of their own).</summary>
    public LawEntity? Latest => _recent.Last?.Value;

    /// <summary>What the keys of a draft are prefixed with: "the draft Code of Criminal Procedure" is not the Code in force.</summary>
    private const string DraftKey = "draft\u0001";

    /// <summary>Words before an act's head that name its form ("Presidential Decree"): such a name without its number is no act's.</summary>
    public IReadOnlySet<string> FormWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    private LawEntity Add(Mention mention)
    {
        // A draft of an act of its own name ("the draft Code of Criminal Procedure, which would replace the Code of Criminal
        // Procedure of 1950") is an act apart from the one in force; a bill is a draft by its head. The same name without
        // "draft" and without a year of its own, when only the draft was named, is the draft again.
        var draft = mention.Draft && !mention.Proposed && mention.Head is not ("Bill" or "Constitution");
        var baseKey = KeyOf(mention.Proposed ? ProposedHead : mention.Head ?? "Law", mention.Name);
        var prefix = draft || (_drafts > 0 && !mention.Proposed && mention.Year is null && !_byKey.ContainsKey(baseKey) && _byKey.ContainsKey(DraftKey + baseKey)) ? DraftKey : "";
        var key = prefix + baseKey;

        if (!_byKey.TryGetValue(key, out var entity) && !mention.Proposed && !draft && _byTitle.Count > 0 && LatestWithTitle(mention) is { } titled)
        {
            // "the Law on Associations" after "Organic Law No. 59-154 of 7 November 1959 on associations", "the Law on
            // Advocacy" after "the Law on Advocacy and Advocate Activity": a year and title that agree.
            entity = titled;
            _byKey[key] = entity;
        }

        if (entity is null)
        {
            var slug = mention.Proposed ? "proposed/" + Slug.Of(StripLeading(mention.Name)) : key.Replace(DraftKey, "draft/", StringComparison.Ordinal).Replace(':', '/').TrimEnd('/');
            entity = new LawEntity(DocumentIds.Law(countryCode, slug), key, mention.Name, mention.Head ?? "Law")
            {
                Proposed = mention.Proposed, Draft = mention.Head == "Bill" || mention.Name.StartsWith("draft ", StringComparison.OrdinalIgnoreCase),
                Tentative = mention.Tentative,
            };
            _byKey[key] = entity;
            _byId.TryAdd(entity.Id, entity);
            _drafts += draft ? 1 : 0;
            if (!entity.Proposed && !entity.Draft && TitleOf(mention.Name) is { } title)
            {
                AddTitle(title, entity);
            }
        }

        entity.Year ??= mention.Year;
        entity.Tentative &= mention.Tentative;
        entity.Draft |= mention.Draft;
        if (mention.Abbreviation is { } abbreviation)
        {
            _byAbbreviation.TryAdd(abbreviation, entity);
        }

        entity.AddAlias(mention.Name);
        if (draft && !mention.Name.StartsWith("draft ", StringComparison.OrdinalIgnoreCase))
        {
            // The name the text gives it, "the draft Code of Criminal Procedure".
            entity.AddAlias("draft " + mention.Name);
        }

        foreach (var alias in mention.Aliases)
        {
            entity.AddAlias(alias);
            // "Act No. 7363 (the Garrote Act)": a later "the Garrote Act" is the same act; so is "the Equal Treatment
            // Act" after "Act CXXV of 2003 on Equal Treatment" (its alias "Act on Equal Treatment").
            var space = alias.IndexOf(' ', StringComparison.Ordinal);
            var aliasHead = HeadOf(alias.AsSpan(alias.LastIndexOf(' ') + 1)) ?? (space >= 0 ? HeadOf(alias.AsSpan(0, space)) : null) ?? InnerHead(alias);
            if (!mention.Proposed && aliasHead is not null)
            {
                _byKey.TryAdd(prefix + KeyOf(aliasHead, alias), entity);
            }
        }

        if (!mention.Proposed && WithoutNumber(mention.Name, FormWords) is { } plain && KeyOf(mention.Head ?? "Law", plain) is var plainKey && plainKey != baseKey)
        {
            // "the Crime Prevention Law No. 7 of 1954", then "the Crime Prevention Law".
            _byKey.TryAdd(prefix + plainKey, entity);
        }

        if (!mention.Proposed && NumberedPart(mention.Name) is { } numbered && KeyOf(numbered.Head, numbered.Name) is var numberKey && numberKey != baseKey)
        {
            // "the Ethiopian Human Rights Commission Establishment Proclamation No. 210/2000", then "Proclamation No. 210/2000".
            _byKey.TryAdd(prefix + numberKey, entity);
        }

        return entity;
    }

    /// <summary>
    /// A name of two or more words before its " No. N" (and "of YYYY") at its end, without them ("Crime Prevention Law");
    /// null otherwise, and when the word before the head names the act's form (<paramref name="formWords"/>: "Presidential Decree").
    /// </summary>
    private static string? WithoutNumber(string name, IReadOnlySet<string> formWords)
    {
        if (NumberBeforeTitle().Match(name) is { Success: true } titled)
        {
            // "Law No. 11 of 2020 on Job Creation", then "the Job Creation Law" (the key of "Law on Job Creation").
            return titled.Groups["head"].Value + " " + titled.Groups["title"].Value;
        }

        var no = name.IndexOf(" No. ", StringComparison.Ordinal);
        if (no <= 0 || name.AsSpan(0, no).Count(' ') < 1 || (name.AsSpan(no + 5).ContainsAny(' ', ',') && !YearAfterNumber().IsMatch(name.AsSpan(no + 5))))
        {
            return null;
        }

        var words = name[..no].Split(' ');
        return formWords.Contains(words[^2]) ? null : name[..no];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<head>\S+) No\. \S+(?: of (?:17|18|19|20)\d\d)? (?<title>on \S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NumberBeforeTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\S+ of (?:17|18|19|20)\d\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearAfterNumber();

    /// <summary>"Special Law for the Development of ...": the head inside a title, before its subject link; null when none.</summary>
    private static string? InnerHead(string alias)
    {
        foreach (var link in (ReadOnlySpan<string>)[" for ", " on ", " of ", " against "])
        {
            var at = alias.IndexOf(link, StringComparison.Ordinal);
            var start = at > 0 ? alias.LastIndexOf(' ', at - 1) + 1 : 0;
            if (at > 0 && HeadOf(alias.AsSpan(start, at - start)) is { } head)
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>"Proclamation No. 210/2000" of a longer name that ends in it, with its head; null when the name has no number so.</summary>
    private static (string Head, string Name)? NumberedPart(string name)
    {
        var no = name.IndexOf(" No. ", StringComparison.Ordinal);
        if (no <= 0)
        {
            return null;
        }

        var space = name.LastIndexOf(' ', no - 1);
        var head = HeadOf(name.AsSpan(space + 1, no - space - 1));
        return head is null || space < 0 ? null : (head, name[(space + 1)..]);
    }

    /// <summary>
    /// The key of a name under a head, worked out once and kept for the documents of the same state: acts are named again
    /// and again, within a document and across a state's documents. A bounded cache, emptied when full.
    /// </summary>
    private string KeyOf(string head, string name)
    {
        var known = (head, name, head == ProposedHead ? "" : _countryKey);
        if (!s_keys.TryGetValue(known, out var key))
        {
            key = head == ProposedHead ? LawKey.OfProposal(name) : LawKey.Of(head, name, countryNames);
            if (s_keys.Count >= MaxSharedKeys)
            {
                s_keys.Clear();
            }

            s_keys[known] = key;
        }

        return key;
    }

    private const int MaxSharedKeys = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Head, string Name, string Country), string> s_keys = new();

    private readonly string _countryKey = string.Join('\u0001', countryNames);

    /// <summary>The head a word is, if it is one (read in place: an alias's first and last words are not copied out).</summary>
    private static string? HeadOf(ReadOnlySpan<char> word) => word switch
    {
        "Act" => "Act", "Law" => "Law", "Code" => "Code", "Bill" => "Bill", "Decree" => "Decree", "Ordinance" => "Ordinance",
        "Order" => "Order", "Rules" => "Rules", "Regulations" => "Regulations", "Proclamation" => "Proclamation",
        _ => null,
    };

    /// <summary>
    /// The act named most recently, with the head of <paramref name="mention"/> and no other year, whose title ("... on
    /// associations") is the mention's title, or begins with it and goes on with "and" or a comma; null when none.
    /// </summary>
    private LawEntity? LatestWithTitle(Mention mention)
    {
        var title = TitleOf(mention.Name);
        if (title is null || mention.Name.Contains("No.", StringComparison.Ordinal) || !_byTitle.TryGetValue(title, out var candidates))
        {
            return null;
        }

        LawEntity? latest = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Head.Equals(mention.Head ?? "Law", StringComparison.OrdinalIgnoreCase)
                && !(mention.Year is { } year && candidate.Year is { } other && year != other)
                && (latest is null || candidate.LastNamed > latest.LastNamed))
            {
                // The one named most recently.
                latest = candidate;
            }
        }

        return latest;
    }

    /// <summary>An act's title, and each start of it that ends before an "and" or a comma ("Advocacy" of "Advocacy and Advocate Activity").</summary>
    private void AddTitle(string title, LawEntity entity)
    {
        Add(title);
        for (var at = title.IndexOf(" and ", StringComparison.Ordinal); at > 0; at = title.IndexOf(" and ", at + 1, StringComparison.Ordinal))
        {
            Add(title[..at]);
        }

        for (var at = title.IndexOf(',', StringComparison.Ordinal); at > 0; at = title.IndexOf(',', at + 1))
        {
            Add(title[..at]);
        }

        void Add(string key)
        {
            if (!_byTitle.TryGetValue(key, out var list))
            {
                _byTitle[key] = list = [];
            }

            list.Add(entity);
        }
    }

    // The acts by their titles ("... on associations") and the starts of those before an "and" or a comma, as first named;
    // and how many drafts of their own there are.
    private readonly Dictionary<string, List<LawEntity>> _byTitle = new(StringComparer.OrdinalIgnoreCase);
    private int _drafts;

    private int _clock;

    /// <summary>What an act's name says it is on: "associations" of "Organic Law No. 59-154 on associations"; null without "on".</summary>
    private static string? TitleOf(string name)
    {
        var on = name.IndexOf(" on ", StringComparison.Ordinal);
        if (on >= 0)
        {
            return name[(on + 4)..].Trim();
        }

        // "Law against Hatred", "Special Law to Prevent and Punish Torture": the title keeps its link word.
        var link = name.IndexOf(" against ", StringComparison.Ordinal) is var against and >= 0 ? against : name.IndexOf(" to ", StringComparison.Ordinal);
        return link < 0 ? null : name[(link + 1)..].Trim();
    }

    /// <summary>Marks an act as named again (by its abbreviation), for later references.</summary>
    public void Touch(LawEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.LastNamed = ++_clock;
        if (_recentNodes.TryGetValue(entity, out var node))
        {
            _recent.Remove(node);
            _recent.AddLast(node);
        }
        else
        {
            _recentNodes[entity] = _recent.AddLast(entity);
        }
    }

    private LawEntity? Refer(string head, int? year, bool draft)
    {
        for (var node = _recent.Last; node is not null; node = node.Previous)
        {
            var candidate = node.Value;
            // "the draft Code": the latest draft with that head.
            var fits = head == LawReferences.Draft ? candidate.Draft : candidate.Head.Equals(head, StringComparison.OrdinalIgnoreCase) && (!draft || candidate.Draft);
            if (fits && (year is null || candidate.Year == year) && !candidate.Proposed)
            {
                return candidate;
            }
        }

        return year is null ? null : _byKey.Values.FirstOrDefault(l => l.Head == head && l.Year == year);
    }

    private static string StripLeading(string name) =>
        name.StartsWith("new ", StringComparison.Ordinal) ? name[4..] : name;

    /// <summary>
    /// "the EVAW Law" before "the 2009 Law on the Elimination of Violence Against Women (EVAW Law)": an act named by the
    /// initials of another act's name (with the same head) is that act. Merges each such pair, the initials becoming an
    /// alias; returns the ids merged away with the act they now are.
    /// </summary>
    public Dictionary<string, LawEntity> MergeAcronyms()
    {
        var merged = new Dictionary<string, LawEntity>(StringComparer.Ordinal);
        var all = All.ToList();
        foreach (var acronym in all)
        {
            var parts = acronym.Name.Split(' ');
            if (parts.Length != 2 || acronym.Proposed || parts[0].Length < 2 || !parts[0].All(char.IsUpper))
            {
                continue;
            }

            var matches = all.Where(other => other != acronym && !other.Proposed && !merged.ContainsKey(other.Id)
                && string.Equals(other.Head, acronym.Head, StringComparison.OrdinalIgnoreCase) && Initials(other.Name, other.Head) == parts[0]).ToList();
            if (matches is [var full])
            {
                full.AddAlias(acronym.Name);
                foreach (var alias in acronym.Aliases)
                {
                    full.AddAlias(alias);
                }

                foreach (var key in _byKey.Where(kv => kv.Value == acronym).Select(kv => kv.Key).ToList())
                {
                    _byKey[key] = full;
                }

                merged[acronym.Id] = full;
            }
        }

        return merged;
    }

    /// <summary>"Law on the Elimination of Violence Against Women" = "EVAW", "Law on Non-governmental Organizations" = "NGO".</summary>
    private static string Initials(string name, string head)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == head || !char.IsUpper(word[0]) || word.Any(char.IsDigit))
            {
                continue;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Append(char.ToUpperInvariant(part[0]));
            }
        }

        return builder.ToString();
    }
}
