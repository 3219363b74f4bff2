namespace UprGraph.Graph;

/// <summary>
/// The evidence of a relation: its sentence, or, for a sentence longer than <see cref="MaxLength"/> characters (text a
/// converter ran together), the <see cref="MaxLength"/> characters of it around the act and cue, still a substring of
/// the sentence. The act's and cue's spans are moved into the window; one that does not fit in it is dropped.
/// </summary>
public static class EvidenceWindow
{
    public const int MaxLength = 2000;

    /// <param name="sentence">The sentence that states the relation.</param>
    /// <param name="act">Where the act stands in the sentence: [start, length], or empty.</param>
    /// <param name="cue">Where the cue stands in the sentence: [start, length], or empty.</param>
    public static (string Evidence, IReadOnlyList<int> Act, IReadOnlyList<int> Cue) Of(string sentence, IReadOnlyList<int> act, IReadOnlyList<int> cue)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(cue);
        if (sentence.Length <= MaxLength)
        {
            return (sentence, act, cue);
        }

        // Centred on the act and cue together when both fit, else on the act (or the cue, or the start).
        var spans = new[] { act, cue }.Where(s => s.Count == 2).ToList();
        var (from, to) = spans.Count switch
        {
            0 => (0, 0),
            _ when spans.Count == 2 && Math.Max(End(act), End(cue)) - Math.Min(act[0], cue[0]) <= MaxLength =>
                (Math.Min(act[0], cue[0]), Math.Max(End(act), End(cue))),
            _ => (spans[0][0], End(spans[0])),
        };
        var start = Math.Clamp(from - ((MaxLength - (to - from)) / 2), 0, sentence.Length - MaxLength);
        return (sentence.Substring(start, MaxLength), Shift(act, start), Shift(cue, start));
    }

    private static int End(IReadOnlyList<int> span) => span[0] + span[1];

    private static IReadOnlyList<int> Shift(IReadOnlyList<int> span, int start) =>
        span.Count == 2 && span[0] >= start && End(span) <= start + MaxLength ? [span[0] - start, span[1]] : [];
}
