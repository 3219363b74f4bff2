namespace UprGraph.Evaluation;

/// <summary>
/// Precision, recall and F1 from true positives, false positives and false negatives, as the reference scorer counts
/// them: a ratio with nothing to divide by is 0, and a class with nothing in gold and nothing extracted has no score.
/// </summary>
public sealed record Score(int Tp, int Fp, int Fn)
{
    public static Score Zero { get; } = new(0, 0, 0);

    /// <summary>Nothing in gold and nothing extracted: precision, recall and F1 are undefined (null in JSON).</summary>
    public bool IsEmpty => Tp + Fp + Fn == 0;

    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new Score(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
    }

    public static Score Add(Score a, Score b) => a + b;

    public static Score Of<T>(IReadOnlySet<T> extracted, IReadOnlySet<T> gold) =>
        new(extracted.Count(gold.Contains), extracted.Count(e => !gold.Contains(e)), gold.Count(g => !extracted.Contains(g)));
}
