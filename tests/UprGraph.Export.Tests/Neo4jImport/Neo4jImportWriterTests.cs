using CsvHelper;
using UprGraph.Export.Neo4jImport;
using UprGraph.Model;

namespace UprGraph.Export.Tests.Neo4jImport;

public sealed class Neo4jImportWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Writes_one_nodes_file_per_label_and_one_relationships_file_per_type_with_the_scripts()
    {
        // Act
        var folder = Write();

        // Assert
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["import.sh", "load-csv.cypher",
             "nodes-Article.csv", "nodes-Country.csv", "nodes-Document.csv", "nodes-Issue.csv", "nodes-Law.csv", "nodes-Stakeholder.csv", "nodes-Treaty.csv",
             "relationships-CRITICIZES.csv", "relationships-LAW_OF.csv", "relationships-MEMBER_OF.csv", "relationships-PART_OF.csv", "relationships-RAISES.csv",
             "relationships-RECOMMENDS_ADOPTING.csv", "relationships-RECOMMENDS_AMENDING.csv", "relationships-RECOMMENDS_RATIFYING.csv",
             "relationships-RECOMMENDS_REPEALING.csv", "relationships-REVIEWS.csv", "relationships-SUBMITTED_TO.csv"],
            files);
    }

    [Fact]
    public void Writes_typed_headers_from_the_schema()
    {
        // Act
        var folder = Write();

        // Assert
        Assert.Equal("id:ID,:LABEL,name,aliases:string[],year:int,country,proposed:boolean,draft:boolean,critics:int,curated:boolean,why", FirstLine(folder, "nodes-Law.csv"));
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,id,document,paragraph:int,sentence:int,evidence,footnotes:int[],cue,via,actSpan:int[],cueSpan:int[],unattributed:boolean,issue,weight:int,curated:boolean,why",
            FirstLine(folder, "relationships-CRITICIZES.csv"));
    }

    [Fact]
    public void Rows_parse_back_with_every_node_and_relationship_of_the_graph()
    {
        // Arrange
        var graph = SampleGraph.Build();

        // Act
        var folder = Write();

        // Assert
        var nodes = Directory.GetFiles(folder, "nodes-*.csv").SelectMany(Rows).ToList();
        var relationships = Directory.GetFiles(folder, "relationships-*.csv").SelectMany(Rows).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(r => r["id:ID"]).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Edges.Select(e => e.Id).Order(StringComparer.Ordinal), relationships.Select(r => r["id"]).Order(StringComparer.Ordinal));
        Assert.All(relationships, r => Assert.Equal(graph.Edges.Single(e => e.Id == r["id"]).Type, r[":TYPE"]));
    }

    [Fact]
    public void Keeps_quotes_commas_and_brackets_in_a_quoted_field()
    {
        // Act
        var rows = Rows(Path.Combine(Write(), "relationships-RECOMMENDS_AMENDING.csv"));

        // Assert
        var row = Assert.Single(rows);
        Assert.Equal(SampleGraph.QuotedEvidence, row["evidence"]);
        Assert.Equal("58", row["paragraph:int"]);
        Assert.Equal("40", row["footnotes:int[]"]);
        Assert.Equal("false", row["unattributed:boolean"]);
        Assert.Contains("\"HRW recommended amending the Law \"\"On Refugees\"\", in particular", File.ReadAllText(Path.Combine(_folder.Path, "neo4j-import", "relationships-RECOMMENDS_AMENDING.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_arrays_with_semicolons_and_leaves_unset_values_empty()
    {
        // Act
        var rows = Rows(Path.Combine(Write(), "nodes-Law.csv"));

        // Assert
        var penalCode = rows.Single(r => r["id:ID"] == SampleGraph.PenalCode);
        Assert.Equal("Criminal Code;PC", penalCode["aliases:string[]"]);
        Assert.Equal("2014", penalCode["year:int"]);
        var proposed = rows.Single(r => r["id:ID"] == SampleGraph.DomesticViolenceLaw);
        Assert.Equal("true", proposed["proposed:boolean"]);
        Assert.Equal("", proposed["year:int"]);
        Assert.Equal("Law \"On Refugees\"", rows.Single(r => r["id:ID"] == SampleGraph.RefugeesLaw)["name"]);
    }

    [Fact]
    public void Turns_line_breaks_into_spaces_because_neo4j_admin_3_reads_one_line_per_row()
    {
        // Arrange
        var node = new GraphNode("issue:x", NodeKind.Issue, "Women;\r\nchildren\nand \"others\"");

        // Act
        Neo4jImportWriter.WriteFile([node], [], Path.Combine(_folder.Path, "neo4j-import"));

        // Assert
        var lines = File.ReadAllLines(Path.Combine(_folder.Path, "neo4j-import", "nodes-Issue.csv"));
        Assert.Equal(["id:ID,:LABEL,name,curated:boolean,why", "issue:x,Issue,\"Women; children and \"\"others\"\"\",,"], lines);
    }

    [Fact]
    public void Writes_the_scripts_of_the_sample_graph_as_approved()
    {
        // Act
        var folder = Write();

        // Assert
        Approved.Equal("sample.import.sh", File.ReadAllText(Path.Combine(folder, "import.sh")));
        Approved.Equal("sample.load-csv.cypher", File.ReadAllText(Path.Combine(folder, "load-csv.cypher")));
    }

    [Fact]
    public void The_import_script_names_every_file_in_one_neo4j_admin_command()
    {
        // Act
        var script = File.ReadAllText(Path.Combine(Write(), "import.sh"));

        // Assert
        Assert.Contains("bin/neo4j-admin\" import --mode=csv --database=\"$database\" \\\n  --nodes=\"$here/nodes-Document.csv\" \\\n", script, StringComparison.Ordinal);
        Assert.Contains("--relationships=\"$here/relationships-SUBMITTED_TO.csv\"\n", script, StringComparison.Ordinal);
        Assert.Contains("# Neo4j 5.x: \"$NEO4J_HOME/bin/neo4j-admin\" database import full --nodes=", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cypher_script_loads_each_file_with_fixed_labels_and_no_data_in_the_text()
    {
        // Act
        var cypher = File.ReadAllText(Path.Combine(Write(), "load-csv.cypher"));

        // Assert
        Assert.Contains("CREATE CONSTRAINT ON (n:Law) ASSERT n.id IS UNIQUE;", cypher, StringComparison.Ordinal);
        Assert.Contains("LOAD CSV WITH HEADERS FROM 'file:///nodes-Law.csv' AS row\nMERGE (n:Law {id: row.`id:ID`})\nSET n.name = row.`name`,\n    n.aliases = split(row.`aliases:string[]`, ';'),\n    n.year = toInteger(row.`year:int`),", cypher, StringComparison.Ordinal);
        Assert.Contains("LOAD CSV WITH HEADERS FROM 'file:///relationships-PART_OF.csv' AS row\nMATCH (a:Article {id: row.`:START_ID`})\nMATCH (b:Law {id: row.`:END_ID`})\nMERGE (a)-[r:PART_OF {id: row.id}]->(b)\n", cypher, StringComparison.Ordinal);
        Assert.Contains("OPTIONAL MATCH (a0:Document {id: row.`:START_ID`})\nOPTIONAL MATCH (a1:Stakeholder {id: row.`:START_ID`})\nWITH row, coalesce(a0, a1) AS a\nWHERE a IS NOT NULL\n", cypher, StringComparison.Ordinal);
        Assert.DoesNotContain("Refugees", cypher, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacing_the_folder_keeps_the_earlier_one_when_writing_fails()
    {
        // Arrange
        var folder = Write();
        var before = File.ReadAllText(Path.Combine(folder, "nodes-Law.csv"));

        // Act
        Assert.Throws<InvalidOperationException>(() => Neo4jImportWriter.WriteFile(SampleGraph.Build().Nodes, FailingEdges(), folder));

        // Assert
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "nodes-Law.csv")));
        Assert.Single(Directory.GetFileSystemEntries(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();

    private string Write()
    {
        var folder = Path.Combine(_folder.Path, "neo4j-import");
        new Neo4jImportWriter().WriteFile(SampleGraph.Build(), folder);
        return folder;
    }

    private static IEnumerable<GraphEdge> FailingEdges()
    {
        yield return SampleGraph.Build().Edges[0];
        throw new InvalidOperationException("the extractor failed");
    }

    private static string FirstLine(string folder, string file) => File.ReadLines(Path.Combine(folder, file)).First();

    /// <summary>Parses a file with CsvHelper (an independent RFC 4180 reader), header first.</summary>
    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var csv = CsvReader.FromFile(path);
        var rows = new List<Dictionary<string, string>>();
        string[]? header = null;
        while (csv.Read())
        {
            header ??= [.. csv.Headers!];
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i) ?? "", StringComparer.Ordinal));
        }

        return rows;
    }
}
