using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>The committed <c>cypher/schema-*.cypher</c> files are what <see cref="CypherDialect"/> generates from the schema.</summary>
public sealed class SchemaFilesTests
{
    public static TheoryData<string> Dialects => ["3.x", "5.x"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Committed_schema_file_equals_the_generated_one(string dialect)
    {
        var generator = dialect == "3.x" ? CypherDialect.Neo4j3 : CypherDialect.Neo4j5;
        var path = RepoRoot.File("cypher", $"schema-{dialect}.cypher");
        var expected = generator.SchemaScript(GraphSchema.Default.Indexes);

        if (Environment.GetEnvironmentVariable("UPR_GRAPH_UPDATE_SCHEMA_FILES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with UPR_GRAPH_UPDATE_SCHEMA_FILES=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(path));
    }
}
