using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

public sealed class CypherDialectTests
{
    private static readonly SchemaIndex[] s_indexes =
    [
        new(NodeKind.Law, "id", Unique: true),
        new(NodeKind.Law, "name", Unique: false),
        new(NodeKind.Stakeholder, "id", Unique: true),
        new(NodeKind.Stakeholder, "id", Unique: false),
        new(NodeKind.Law, "name", Unique: false),
    ];

    [Fact]
    public void Neo4j3_uses_assert_syntax_and_skips_an_index_its_constraint_already_makes()
    {
        var statements = CypherDialect.Neo4j3.SchemaStatements(s_indexes);

        Assert.Equal(
        [
            "CREATE CONSTRAINT ON (n:Law) ASSERT n.id IS UNIQUE",
            "CREATE CONSTRAINT ON (n:Stakeholder) ASSERT n.id IS UNIQUE",
            "CREATE INDEX ON :Law(name)",
        ], statements);
    }

    [Fact]
    public void Neo4j5_names_its_constraints_and_indexes_and_creates_them_if_not_there()
    {
        var statements = CypherDialect.Neo4j5.SchemaStatements(s_indexes);

        Assert.Equal(
        [
            "CREATE CONSTRAINT law_id IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX law_name IF NOT EXISTS FOR (n:Law) ON (n.name)",
        ], statements);
    }

    [Fact]
    public void The_schema_gives_one_constraint_per_label_and_its_three_indexes()
    {
        var statements = CypherDialect.Neo4j5.SchemaStatements(GraphSchema.Default.Indexes);

        Assert.Equal(Enum.GetValues<NodeKind>().Length, statements.Count(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.Contains("CREATE INDEX stakeholder_abbreviation IF NOT EXISTS FOR (n:Stakeholder) ON (n.abbreviation)", statements);
        Assert.Contains("CREATE INDEX document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol)", statements);
    }

    [Theory]
    [InlineData(3, "3.x")]
    [InlineData(4, "4.x")]
    [InlineData(5, "5.x")]
    [InlineData(2025, "5.x")]
    public void Picks_the_dialect_by_major_version(int major, string dialect)
    {
        Assert.Equal(dialect, CypherDialect.For(major).Name);
    }

    [Fact]
    public void Neo4j4_keeps_the_named_schema_statements_of_4_4()
    {
        Assert.Equal(CypherDialect.Neo4j5.SchemaStatements(s_indexes), CypherDialect.Neo4j4.SchemaStatements(s_indexes));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Neo4j3_and_4_nodes_return_id_and_relationships_match_on_it(int major)
    {
        // Act
        var load = CypherDialect.For(major).Load;

        // Assert
        Assert.Equal(
            "UNWIND $rows AS row MERGE (n:Law {id: row.id}) SET n = row RETURN count(n) AS written, collect(row.id) AS ids, collect(id(n)) AS internal",
            load.MergeNodes(NodeKind.Law));
        Assert.Equal(
            "UNWIND $rows AS row CREATE (n:Article) SET n = row RETURN count(n) AS written, collect(row.id) AS ids, collect(id(n)) AS internal",
            load.CreateNodes(NodeKind.Article));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Article) WHERE id(a) = row.a MATCH (b:Law) WHERE id(b) = row.b MERGE (a)-[r:PART_OF {id: row.p.id}]->(b) SET r = row.p RETURN count(r) AS written",
            load.MergeRelationships("PART_OF", NodeKind.Article, NodeKind.Law));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Stakeholder) WHERE id(a) = row.a MATCH (b:Law) WHERE id(b) = row.b CREATE (a)-[r:CRITICIZES]->(b) SET r = row.p RETURN count(r) AS written",
            load.CreateRelationships("CRITICIZES", NodeKind.Stakeholder, NodeKind.Law));
        Assert.Equal("id(r)", load.InternalIdOf("r"));
        Assert.Equal("MATCH ()-[r]->() WHERE id(r) IN $ids DELETE r RETURN count(*) AS deleted", load.DeleteRelationships);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2025)]
    public void Neo4j5_nodes_return_element_id_and_relationships_match_on_it(int major)
    {
        // Act
        var load = CypherDialect.For(major).Load;

        // Assert
        Assert.Equal(
            "UNWIND $rows AS row MERGE (n:Law {id: row.id}) SET n = row RETURN count(n) AS written, collect(row.id) AS ids, collect(elementId(n)) AS internal",
            load.MergeNodes(NodeKind.Law));
        Assert.Equal(
            "UNWIND $rows AS row CREATE (n:Article) SET n = row RETURN count(n) AS written, collect(row.id) AS ids, collect(elementId(n)) AS internal",
            load.CreateNodes(NodeKind.Article));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Article) WHERE elementId(a) = row.a MATCH (b:Law) WHERE elementId(b) = row.b MERGE (a)-[r:PART_OF {id: row.p.id}]->(b) SET r = row.p RETURN count(r) AS written",
            load.MergeRelationships("PART_OF", NodeKind.Article, NodeKind.Law));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Stakeholder) WHERE elementId(a) = row.a MATCH (b:Law) WHERE elementId(b) = row.b CREATE (a)-[r:CRITICIZES]->(b) SET r = row.p RETURN count(r) AS written",
            load.CreateRelationships("CRITICIZES", NodeKind.Stakeholder, NodeKind.Law));
        Assert.Equal("elementId(r)", load.InternalIdOf("r"));
        Assert.Equal("MATCH ()-[r]->() WHERE elementId(r) IN $ids DELETE r RETURN count(*) AS deleted", load.DeleteRelationships);
    }

    [Fact]
    public void Refuses_a_property_outside_the_schema()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CypherDialect.Neo4j3.SchemaStatements([new SchemaIndex(NodeKind.Law, "name) DETACH DELETE n //", Unique: false)]));
    }
}
