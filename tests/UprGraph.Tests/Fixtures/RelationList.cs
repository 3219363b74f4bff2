using UprGraph.Model;
using UprGraph.Relations;

namespace UprGraph.Tests.Fixtures;

/// <summary>
/// An extraction's statements written as readable lines, "CRITICIZES HRW -> Penal Code @3", "RECOMMENDS_AMENDING AI ->
/// article 12 (Labour Code) @4 via similar-observations", "(none)" for an unattributed source; RAISES edges left out.
/// </summary>
internal sealed class RelationList
{
    public RelationList(DocumentExtraction extraction)
    {
        Extraction = extraction;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in extraction.Stakeholders)
        {
            names[s.Id] = s.Abbreviation ?? s.Name;
        }

        foreach (var law in extraction.Laws)
        {
            names[law.Id] = law.Name;
        }

        foreach (var article in extraction.Articles)
        {
            names[article.Id] = $"article {article.Number} ({names[article.LawId]})";
        }

        foreach (var treaty in extraction.Treaties)
        {
            names[treaty.Id] = treaty.Name;
        }

        Lines = extraction.Relations
            .Where(r => RelationTypes.Statements.Contains(r.Type))
            .Select(r => $"{r.Type} {(r.Unattributed ? "(none)" : names.GetValueOrDefault(r.SourceId, r.SourceId))} -> "
                         + $"{names.GetValueOrDefault(r.TargetId, r.TargetId)} @{r.Paragraph.Number}{(r.Via is Via.Footnote or Via.SimilarObservations ? " via " + r.Via : "")}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public DocumentExtraction Extraction { get; }

    public IReadOnlyList<string> Lines { get; }

    public override string ToString() => string.Join('\n', Lines);
}
