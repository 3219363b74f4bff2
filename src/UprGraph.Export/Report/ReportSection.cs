namespace UprGraph.Export.Report;

/// <summary>
/// One section of a report: a heading (level 2 or 3), an optional sentence and an optional table; a ranking's rows may
/// carry the statements behind them (<see cref="Evidence"/>, one list per row), which the HTML report shows on demand.
/// </summary>
public sealed record ReportSection(int Level, string Title, string? Text, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Empty, or one list of statements per row of <see cref="Rows"/>.</summary>
    public IReadOnlyList<IReadOnlyList<ReportStatement>> Evidence { get; init; } = [];

    public static ReportSection Heading(int level, string title, string? text = null) => new(level, title, text, [], []);
}
