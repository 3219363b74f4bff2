namespace UprGraph.Recognition.Stakeholders;

/// <summary>
/// Finds the reporting verb of a summary's sentence ("noted", "recommended", "was concerned", "called on",
/// "pointed out") by looking its words up, without a regular expression: where it starts and the verb as written.
/// </summary>
internal static class ReportingVerbs
{
    private static readonly HashSet<string> s_verbs = new(StringComparer.Ordinal)
    {
        "noted", "reported", "stated", "recommended", "indicated", "observed", "highlighted", "stressed", "emphasized",
        "emphasised", "underlined", "underscored", "added", "argued", "asserted", "claimed", "considered", "concluded",
        "explained", "mentioned", "referred", "recalled", "specified", "urged", "encouraged", "invited", "welcomed",
        "regretted", "deplored", "hoped", "reminded", "documented", "alleged", "described", "found", "affirmed",
        "acknowledged", "suggested", "proposed", "requested", "asked", "submitted", "echoed", "confirmed", "cited",
        "remarked", "warned", "lamented", "criticized", "criticised", "condemned", "denounced", "commended", "appreciated",
        "praised", "contended", "maintained", "believed", "estimated", "revealed", "expressed", "raised", "identified",
        "outlined", "detailed", "insisted", "demanded", "advocated", "said", "wrote", "voiced", "provided", "conducted",
        "presented", "agreed", "recognized", "recognised", "reiterated", "shared", "feared", "questioned",
    };

    /// <summary>Verbs that report only with the word after them: "called on", "pointed out", "drew attention".</summary>
    private static readonly Dictionary<string, string[]> s_withParticle = new(StringComparer.Ordinal)
    {
        ["called"] = ["on", "upon", "for"],
        ["pointed"] = ["out"],
        ["drew"] = ["attention"],
    };

    /// <summary>Verbs that report after "was" or "were": "was concerned", "were informed".</summary>
    private static readonly HashSet<string> s_afterBe = new(StringComparer.Ordinal) { "concerned", "informed" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first reporting verb within the first <paramref name="limit"/> characters: its start (including a "was"/"were" before it) and text.</summary>
    public static (int Index, string? Verb) Find(string text, int limit)
    {
        var end = Math.Min(text.Length, limit);
        var previousStart = -1;
        var previous = ReadOnlySpan<char>.Empty;
        var i = 0;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (start > 0 && (s_lookup.Contains(word) || IsCompound(text, word, i) || IsAfterBe(word, previous)))
            {
                var at = IsAfterBe(word, previous) ? previousStart : start;
                return (at, text[at..WordEnd(text, word, i)]);
            }

            previousStart = start;
            previous = word;
        }

        return (-1, null);
    }

    private static bool IsCompound(string text, ReadOnlySpan<char> word, int end)
    {
        foreach (var (verb, particles) in s_withParticle)
        {
            if (word.SequenceEqual(verb) && end + 1 < text.Length && particles.Any(p => text.AsSpan(end + 1).StartsWith(p, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAfterBe(ReadOnlySpan<char> word, ReadOnlySpan<char> previous) =>
        (previous.SequenceEqual("was") || previous.SequenceEqual("were")) && s_afterBe.Contains(word.ToString());

    private static int WordEnd(string text, ReadOnlySpan<char> word, int end)
    {
        foreach (var (verb, particles) in s_withParticle)
        {
            if (word.SequenceEqual(verb))
            {
                var particle = particles.FirstOrDefault(p => text.AsSpan(end + 1).StartsWith(p, StringComparison.Ordinal));
                return particle is null ? end : end + 1 + particle.Length;
            }
        }

        return end;
    }
}
