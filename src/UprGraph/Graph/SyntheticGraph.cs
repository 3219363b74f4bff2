using System.Globalization;
using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// A synthetic graph of the real schema's shape, for benchmarks: documents, stakeholders, laws with articles, issues
/// and treaties, joined by evidence-carrying statements. Deterministic for a given size and seed; the node and edge
/// sequences are lazy, so a sink can stream a million edges without holding them.
/// </summary>
public sealed class SyntheticGraph
{
    private const string Sentence = "JS4 noted that article 130 of the 2015 Penal Code was vague and \"used\" against <journalists> & activists.";

    public SyntheticGraph(int nodeCount, int edgeCount, int seed = 17)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 100);
        NodeCount = nodeCount;
        EdgeCount = edgeCount;
        Seed = seed;
        Documents = Math.Max(1, nodeCount / 100);
        Stakeholders = nodeCount / 5;
        Laws = nodeCount / 10;
        Issues = Math.Max(1, nodeCount / 200);
        Articles = nodeCount - Documents - Stakeholders - Laws - Issues;
    }

    public int NodeCount { get; }

    public int EdgeCount { get; }

    public int Seed { get; }

    private int Documents { get; }

    private int Stakeholders { get; }

    private int Laws { get; }

    private int Articles { get; }

    private int Issues { get; }

    public IEnumerable<GraphNode> Nodes()
    {
        for (var i = 0; i < Documents; i++)
        {
            yield return new GraphNode(DocumentId(i), NodeKind.Document, $"Summary of stakeholders' submissions {i}")
            {
                Symbol = Symbol(i), Country = "RUR", Session = 1 + (i % 48), Cycle = 1 + (i % 4), Year = 2008 + (i % 17),
            };
        }

        for (var i = 0; i < Stakeholders; i++)
        {
            yield return new GraphNode(StakeholderId(i), NodeKind.Stakeholder, $"Stakeholder {i} for \"Rights\" & <Justice>")
            {
                Abbreviation = "S" + i.ToString(CultureInfo.InvariantCulture), Category = i % 3 == 0 ? StakeholderCategory.JointSubmission : StakeholderCategory.Ngo,
            };
        }

        for (var i = 0; i < Laws; i++)
        {
            yield return new GraphNode(LawId(i), NodeKind.Law, $"Law \"On Matter {i}\"")
            {
                Country = "RUR", Year = 1990 + (i % 35), Aliases = [$"Law on Matter {i}"],
            };
        }

        for (var i = 0; i < Articles; i++)
        {
            var number = (1 + (i / Laws)).ToString(CultureInfo.InvariantCulture);
            yield return new GraphNode(ArticleId(i), NodeKind.Article, "article " + number) { Law = LawId(i % Laws), Number = number, Country = "RUR" };
        }

        for (var i = 0; i < Issues; i++)
        {
            yield return new GraphNode(IssueId(i), NodeKind.Issue, $"Issue {i}");
        }
    }

    public IEnumerable<GraphEdge> Edges()
    {
        var random = new Random(Seed);
        var partOf = Math.Min(Articles, EdgeCount);
        for (var i = 0; i < partOf; i++)
        {
            yield return new GraphEdge("p" + i.ToString(CultureInfo.InvariantCulture), RelationTypes.PartOf, ArticleId(i), LawId(i % Laws));
        }

        string[] types = [RelationTypes.Criticizes, RelationTypes.Criticizes, RelationTypes.RecommendsAmending, RelationTypes.RecommendsRepealing, RelationTypes.Raises];
        for (var i = partOf; i < EdgeCount; i++)
        {
            var type = types[random.Next(types.Length)];
            var target = type == RelationTypes.Raises ? IssueId(random.Next(Issues))
                : random.Next(3) == 0 ? LawId(random.Next(Laws)) : ArticleId(random.Next(Articles));
            var document = random.Next(Documents);
            yield return new GraphEdge("e" + i.ToString(CultureInfo.InvariantCulture), type, StakeholderId(random.Next(Stakeholders)), target)
            {
                Document = Symbol(document), Paragraph = 1 + random.Next(120), Sentence = 1 + random.Next(5),
                Evidence = Sentence, Footnotes = [random.Next(1, 200)], Cue = "noted", Issue = IssueId(random.Next(Issues)),
            };
        }
    }

    /// <summary>The whole graph in memory (for sinks that take a <see cref="KnowledgeGraph"/>).</summary>
    public KnowledgeGraph Build()
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in Nodes())
        {
            builder.AddNode(node);
        }

        foreach (var edge in Edges())
        {
            builder.AddEdge(edge);
        }

        return builder.Build();
    }

    private static string Symbol(int i) => $"A/HRC/WG.6/{1 + (i % 48)}/RUR/{i}";

    private static string DocumentId(int i) => DocumentIds.Document(Symbol(i));

    private static string StakeholderId(int i) => DocumentIds.Stakeholder("s" + i.ToString(CultureInfo.InvariantCulture));

    private static string LawId(int i) => DocumentIds.Law("RUR", "law-" + i.ToString(CultureInfo.InvariantCulture));

    private static string ArticleId(int i) => "article:RUR:a" + i.ToString(CultureInfo.InvariantCulture);

    private static string IssueId(int i) => DocumentIds.Issue("issue-" + i.ToString(CultureInfo.InvariantCulture));
}
