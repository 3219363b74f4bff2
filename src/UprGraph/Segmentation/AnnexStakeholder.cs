namespace UprGraph.Segmentation;

/// <summary>An entry of the Notes annex's list of stakeholders: abbreviation, full name, category and, for joint submissions, members.</summary>
public sealed record AnnexStakeholder(string Abbreviation, string Name, string Category, IReadOnlyList<string> Members);
