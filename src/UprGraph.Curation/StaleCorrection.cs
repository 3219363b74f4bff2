namespace UprGraph.Curation;

/// <summary>
/// A correction that matched nothing (the extractor changed since it was written): reported with its line, never dropped
/// silently; the rest of the file is applied.
/// </summary>
public sealed record StaleCorrection(string File, int Line, string Operation, string Message)
{
    public override string ToString() => $"{File}:{Line}: stale {Operation}: {Message}";
}
