namespace UprGraph.Evaluation;

/// <summary>Precision, recall and F1 from true positives, false positives and false negatives.</summary>
public sealed record Score(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? (Fn == 0 ? 1 : 0) : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? (Fp == 0 ? 1 : 0) : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score Of<T>(IReadOnlySet<T> extracted, IReadOnlySet<T> gold) =>
        new(extracted.Count(gold.Contains), extracted.Count(e => !gold.Contains(e)), gold.Count(g => !extracted.Contains(g)));
}
