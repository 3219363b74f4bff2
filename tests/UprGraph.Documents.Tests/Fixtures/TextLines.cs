using System.Text.RegularExpressions;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>Whitespace normalisation for comparing what a reader recovered with what was written.</summary>
internal static partial class TextLines
{
    public static string Normalize(string line) => Spaces().Replace(line, " ").Trim();

    /// <summary>The words of a text, in order, page breaks and line breaks being whitespace.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lines of a reader's text ('\f' dropped), without blank lines.</summary>
    public static IReadOnlyList<string> NonBlank(string text) =>
        text.Replace("\f", string.Empty, StringComparison.Ordinal).Split('\n').Where(l => l.Length > 0).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
