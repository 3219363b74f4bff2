namespace UprGraph.Export.Report;

/// <summary>One section of a report: a heading (level 2 or 3), an optional sentence and an optional table.</summary>
public sealed record ReportSection(int Level, string Title, string? Text, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static ReportSection Heading(int level, string title, string? text = null) => new(level, title, text, [], []);
}
