using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Tests.Graph;

public class GraphRankingsTests
{
    private const string Penal = "law:GEO:code/penal";
    private const string Article301 = "article:GEO:code/penal/301";
    private const string Labour = "law:GEO:code/labour";

    private static KnowledgeGraph Build(params (string Type, string Source, string Target, bool Unattributed)[] statements)
    {
        var builder = new KnowledgeGraphBuilder()
            .AddNode(new GraphNode("doc:A/HRC/WG.6/37/GEO/3", NodeKind.Document, "A/HRC/WG.6/37/GEO/3") { Year = 2020 })
            .AddNode(new GraphNode(Penal, NodeKind.Law, "Penal Code"))
            .AddNode(new GraphNode(Labour, NodeKind.Law, "Labour Code"))
            .AddNode(new GraphNode(Article301, NodeKind.Article, "article 301 (Penal Code)") { Law = Penal, Number = "301" })
            .AddEdge(new GraphEdge("PART_OF|a", RelationTypes.PartOf, Article301, Penal));
        foreach (var id in new[] { "stakeholder:ai", "stakeholder:hrw", "stakeholder:civicus" })
        {
            builder.AddNode(new GraphNode(id, NodeKind.Stakeholder, id));
        }

        var n = 0;
        foreach (var (type, source, target, unattributed) in statements)
        {
            n++;
            builder.AddEdge(new GraphEdge($"{type}|{n}", type, source, target)
            {
                Document = "A/HRC/WG.6/37/GEO/3", Paragraph = n, Evidence = "evidence", Unattributed = unattributed,
            });
        }

        return builder.Build();
    }

    [Fact]
    public void Counts_criticism_of_an_article_for_its_law()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "stakeholder:ai", Article301, false),
            (RelationTypes.Criticizes, "stakeholder:hrw", Penal, false));

        // Act
        var penal = Assert.Single(GraphRankings.TopLaws(graph), r => r.Node.Id == Penal);

        // Assert
        Assert.Equal(["stakeholder:ai", "stakeholder:hrw"], penal.Related.Select(s => s.Id));
    }

    [Fact]
    public void Counts_each_critic_once()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "stakeholder:ai", Penal, false),
            (RelationTypes.RecommendsAmending, "stakeholder:ai", Penal, false),
            (RelationTypes.Criticizes, "stakeholder:ai", Article301, false));

        // Act
        var penal = Assert.Single(GraphRankings.TopLaws(graph));

        // Assert
        Assert.Equal((1, 3), (penal.Count, penal.Statements));
    }

    [Fact]
    public void Ranks_laws_by_distinct_critics()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "stakeholder:ai", Labour, false),
            (RelationTypes.Criticizes, "stakeholder:ai", Labour, false),
            (RelationTypes.Criticizes, "stakeholder:ai", Labour, false),
            (RelationTypes.Criticizes, "stakeholder:ai", Penal, false),
            (RelationTypes.RecommendsRepealing, "stakeholder:civicus", Penal, false));

        // Act
        var ranking = GraphRankings.TopLaws(graph);

        // Assert
        Assert.Equal([(Penal, 2), (Labour, 1)], ranking.Select(r => (r.Node.Id, r.Count)));
    }

    [Fact]
    public void Leaves_out_unattributed_statements_and_recommendations_to_adopt()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "doc:A/HRC/WG.6/37/GEO/3", Labour, true),
            (RelationTypes.RecommendsAdopting, "stakeholder:hrw", Labour, false));

        // Act
        var ranking = GraphRankings.TopLaws(graph);

        // Assert
        Assert.Empty(ranking);
    }

    [Fact]
    public void Ranks_articles_by_their_own_critics()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "stakeholder:ai", Article301, false),
            (RelationTypes.Criticizes, "stakeholder:hrw", Penal, false));

        // Act
        var article = Assert.Single(GraphRankings.TopArticles(graph));

        // Assert
        Assert.Equal((Article301, 1), (article.Node.Id, article.Count));
    }

    [Fact]
    public void Sets_the_critics_count_on_laws_and_articles()
    {
        // Arrange
        var graph = Build(
            (RelationTypes.Criticizes, "stakeholder:ai", Article301, false),
            (RelationTypes.RecommendsAmending, "stakeholder:hrw", Penal, false));

        // Act
        var counts = (graph[Penal].Critics, graph[Article301].Critics, graph[Labour].Critics);

        // Assert
        Assert.Equal(((int?)2, (int?)1, (int?)null), counts);
    }

    [Fact]
    public void Takes_the_first_year_from_the_documents_of_the_statements()
    {
        // Arrange
        var graph = Build((RelationTypes.Criticizes, "stakeholder:ai", Penal, false));

        // Act
        var penal = Assert.Single(GraphRankings.TopLaws(graph));

        // Assert
        Assert.Equal(2020, penal.FirstReviewYear);
    }
}
