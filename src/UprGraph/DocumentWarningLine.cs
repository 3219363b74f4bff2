using UprGraph.Model;

namespace UprGraph;

/// <summary>A warning of one document of a corpus: its file, its symbol and the warning.</summary>
public sealed record DocumentWarningLine(string File, string Symbol, DocumentWarning Warning)
{
    /// <summary>The build summary's line: <c>FILE (SYMBOL): code: message</c>.</summary>
    public override string ToString() => $"{File} ({Symbol}): {Warning}";
}
