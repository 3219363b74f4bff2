namespace UprGraph.Export.Report;

/// <summary>A report on a graph, independent of its output format: a title, a summary line and sections.</summary>
public sealed record GraphReport(string Title, string Summary, IReadOnlyList<ReportSection> Sections);
