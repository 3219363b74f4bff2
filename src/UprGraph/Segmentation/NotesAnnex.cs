namespace UprGraph.Segmentation;

/// <summary>The "Notes" annex: the stakeholder list and the text of each footnote by number.</summary>
public sealed record NotesAnnex(IReadOnlyList<AnnexStakeholder> Stakeholders, IReadOnlyDictionary<int, string> Footnotes);
