using UprGraph.Graph;
using UprGraph.Recognition;
using UprGraph.Recognition.Laws;

namespace UprGraph.Resolution;

/// <summary>The treaties a document names; the same treaty has one id in every document (treaties are global).</summary>
public sealed class TreatyRegistry
{
    private readonly Dictionary<string, (string Name, HashSet<string> Aliases)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<TreatyEntity> All => _byKey.Select(kv =>
        new TreatyEntity(DocumentIds.Treaty(kv.Key), kv.Value.Name, kv.Value.Aliases.Order(StringComparer.Ordinal).ToList()));

    private string? _latestKey;

    /// <summary>The id of the treaty a mention names (registered on first mention); for "the Convention", the latest treaty with that head, or null.</summary>
    public string? Resolve(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.Reference)
        {
            return _latestKey is { } latest && _byKey[latest].Name.Contains(mention.Name, StringComparison.Ordinal) ? DocumentIds.Treaty(latest) : null;
        }

        // "ILO Convention No. 189" whatever else the text calls it ("the ILO Domestic Workers Convention, 2011 (No. 189)").
        var canonical = mention.Aliases.FirstOrDefault(a => a.StartsWith("ILO Convention No. ", StringComparison.Ordinal)) ?? mention.Name;
        // "the Optional Protocol to the Convention against Torture and Other Cruel, ... (OP-CAT)", then "OP-CAT": one treaty.
        var key = _byAlias.TryGetValue(mention.Name, out var known) ? known
            : mention.Aliases.FirstOrDefault(a => a.Length <= 16 && _byAlias.ContainsKey(a)) is { } abbreviation ? _byAlias[abbreviation]
            : Slug.Of(LawKey.Normalise(canonical));
        if (!_byKey.TryGetValue(key, out var entry))
        {
            entry = (mention.Name, new HashSet<string>(StringComparer.Ordinal));
            _byKey[key] = entry;
        }

        foreach (var alias in mention.Aliases.Append(mention.Name).Where(a => a != entry.Name).Distinct(StringComparer.Ordinal))
        {
            entry.Aliases.Add(alias);
        }

        foreach (var alias in mention.Aliases)
        {
            _byAlias[alias] = key;
        }

        _latestKey = key;
        return DocumentIds.Treaty(key);
    }
}
