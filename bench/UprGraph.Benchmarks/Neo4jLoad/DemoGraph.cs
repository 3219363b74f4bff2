using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>
/// A small graph of the real shapes (two reviews of an imaginary Ruritania) for looking at Neo4j Browser before the
/// extractor can give a real document's graph.
/// </summary>
internal static class DemoGraph
{
    private const string Symbol = "A/HRC/WG.6/99/RUR/3";
    private const string Earlier = "A/HRC/WG.6/85/RUR/3";

    public static KnowledgeGraph Build()
    {
        var builder = new KnowledgeGraphBuilder();
        var doc = DocumentIds.Document(Symbol);
        var earlier = DocumentIds.Document(Earlier);
        var country = DocumentIds.Country("RUR");
        builder.AddNode(new GraphNode(doc, NodeKind.Document, "Summary of stakeholders' submissions on Ruritania") { Symbol = Symbol, Country = "RUR", Session = 99, Cycle = 4, Year = 2031 });
        builder.AddNode(new GraphNode(earlier, NodeKind.Document, "Summary of stakeholders' submissions on Ruritania") { Symbol = Earlier, Country = "RUR", Session = 85, Cycle = 4, Year = 2027 });
        builder.AddNode(new GraphNode(country, NodeKind.Country, "Ruritania") { Country = "RUR" });
        string[][] stakeholders =
        [
            ["amnesty-international", "Amnesty International", "AI"], ["human-rights-watch", "Human Rights Watch", "HRW"],
            ["article-19", "ARTICLE 19", "A19"], ["freedom-house", "Freedom House", "FH"], ["js4", "Joint Submission 4", "JS4"],
            ["js7", "Joint Submission 7", "JS7"], ["ombudsman", "Commissioner for Human Rights", "CHR"],
        ];
        foreach (var s in stakeholders)
        {
            builder.AddNode(new GraphNode(DocumentIds.Stakeholder(s[0]), NodeKind.Stakeholder, s[1]) { Abbreviation = s[2], Category = s[2].StartsWith("JS", StringComparison.Ordinal) ? StakeholderCategory.JointSubmission : StakeholderCategory.Ngo });
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.SubmittedTo, DocumentIds.Stakeholder(s[0]), doc), RelationTypes.SubmittedTo, DocumentIds.Stakeholder(s[0]), doc));
        }

        string[][] laws =
        [
            ["penal-code", "Penal Code", "2015"], ["on-mass-media", "Law \"On Mass Media\"", "1999"], ["on-refugees", "Law \"On Refugees\"", "2009"],
            ["on-religious-activity", "Law \"On Religious Activity and Religious Associations\"", "2011"], ["labour-code", "Labour Code", "2016"],
        ];
        foreach (var l in laws)
        {
            var id = DocumentIds.Law("RUR", l[0]);
            builder.AddNode(new GraphNode(id, NodeKind.Law, l[1]) { Country = "RUR", Year = int.Parse(l[2], System.Globalization.CultureInfo.InvariantCulture) });
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.LawOf, id, country), RelationTypes.LawOf, id, country));
        }

        foreach (var (law, number) in new[] { ("penal-code", "130"), ("penal-code", "174"), ("penal-code", "274"), ("labour-code", "402") })
        {
            var lawId = DocumentIds.Law("RUR", law);
            var id = DocumentIds.Article(lawId, number);
            builder.AddNode(new GraphNode(id, NodeKind.Article, "article " + number) { Law = lawId, Number = number, Country = "RUR" });
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.PartOf, id, lawId), RelationTypes.PartOf, id, lawId));
        }

        var paragraph = 10;
        foreach (var (type, source, target, document) in Statements())
        {
            var sourceId = DocumentIds.Stakeholder(source);
            var targetId = target.Contains('/', StringComparison.Ordinal) ? DocumentIds.Article(DocumentIds.Law("RUR", target.Split('/')[0]), target.Split('/')[1]) : DocumentIds.Law("RUR", target);
            paragraph++;
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(type, sourceId, targetId, document, paragraph), type, sourceId, targetId)
            {
                Document = document, Paragraph = paragraph, Sentence = 1, Cue = "noted",
                Evidence = $"{source} noted that the provision was used against journalists & \"bloggers\".",
            });
        }

        return builder.Build();
    }

    private static IEnumerable<(string Type, string Source, string Target, string Document)> Statements() =>
    [
        (RelationTypes.Criticizes, "amnesty-international", "penal-code/174", Symbol),
        (RelationTypes.Criticizes, "human-rights-watch", "penal-code/174", Symbol),
        (RelationTypes.RecommendsRepealing, "article-19", "penal-code/174", Symbol),
        (RelationTypes.Criticizes, "freedom-house", "penal-code/130", Symbol),
        (RelationTypes.RecommendsAmending, "js4", "penal-code/274", Symbol),
        (RelationTypes.Criticizes, "amnesty-international", "penal-code/130", Earlier),
        (RelationTypes.Criticizes, "article-19", "on-mass-media", Symbol),
        (RelationTypes.Criticizes, "freedom-house", "on-mass-media", Symbol),
        (RelationTypes.RecommendsAmending, "js7", "on-mass-media", Symbol),
        (RelationTypes.Criticizes, "js4", "on-religious-activity", Symbol),
        (RelationTypes.RecommendsRepealing, "human-rights-watch", "on-religious-activity", Symbol),
        (RelationTypes.Criticizes, "ombudsman", "on-refugees", Symbol),
        (RelationTypes.Criticizes, "js7", "labour-code/402", Symbol),
        (RelationTypes.RecommendsAmending, "amnesty-international", "labour-code", Earlier),
    ];
}
