namespace UprGraph.Recognition;

/// <summary>
/// Makes the mentions of a long sentence that name something the same way share their strings. A sentence of thousands of
/// characters is never a summary's (theirs are a few hundred): it is text a converter left without sentence ends, and
/// names the same acts over and over. Its mentions are all kept until the sentence is read, so each would otherwise hold
/// its text, name and aliases anew: a sentence of megabytes then takes hundreds of megabytes. Sentences of usual length get
/// no pool and their mentions are as they were made.
/// </summary>
internal sealed class MentionPool
{
    /// <summary>The length of sentence (in characters) from which its mentions share their strings.</summary>
    public const int From = 4096;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _aliases = new(StringComparer.Ordinal);

    private MentionPool()
    {
    }

    /// <summary>A pool for the mentions of <paramref name="sentence"/> when it is long enough to need one, else null.</summary>
    public static MentionPool? For(string sentence) => sentence.Length > From ? new MentionPool() : null;

    /// <summary>The mention with the pool's strings for its own (equal ones); the same mention when all are the pool's.</summary>
    public Mention Share(Mention mention)
    {
        var text = Of(mention.Text);
        var name = Of(mention.Name);
        var head = mention.Head is { } h ? Of(h) : null;
        var number = mention.Number is { } n ? Of(n) : null;
        var abbreviation = mention.Abbreviation is { } a ? Of(a) : null;
        var aliases = Of(mention.Aliases);
        return ReferenceEquals(text, mention.Text) && ReferenceEquals(name, mention.Name) && ReferenceEquals(head, mention.Head)
            && ReferenceEquals(number, mention.Number) && ReferenceEquals(abbreviation, mention.Abbreviation) && ReferenceEquals(aliases, mention.Aliases)
            ? mention
            : mention with { Text = text, Name = name, Head = head, Number = number, Abbreviation = abbreviation, Aliases = aliases };
    }

    private string Of(string value)
    {
        if (value.Length == 0)
        {
            return "";
        }

        if (!_strings.TryGetValue(value, out var shared))
        {
            _strings[value] = shared = value;
        }

        return shared;
    }

    private IReadOnlyList<string> Of(IReadOnlyList<string> aliases)
    {
        if (aliases.Count == 0)
        {
            return [];
        }

        var key = string.Join('\u001f', aliases);
        if (!_aliases.TryGetValue(key, out var shared))
        {
            _aliases[key] = shared = aliases.Select(Of).ToArray();
        }

        return shared;
    }
}
