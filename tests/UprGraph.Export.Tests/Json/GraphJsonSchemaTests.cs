using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using UprGraph.Export.Json;

namespace UprGraph.Export.Tests.Json;

/// <summary>graph-schema/graph.schema.json: generated from GraphSchema, and the writer's output validates against it.</summary>
public class GraphJsonSchemaTests
{
    private static readonly string s_schemaPath = RepositoryFiles.Path("graph-schema/graph.schema.json");

    [Fact]
    public void The_committed_schema_is_the_one_generated_from_the_graph_schema()
    {
        // Act
        var generated = GraphJsonSchemaWriter.WriteToString();

        // Assert: on a mismatch the generated schema is written beside it as graph.schema.received.json, to review and rename.
        var committed = File.Exists(s_schemaPath) ? File.ReadAllText(s_schemaPath) : null;
        var received = Path.ChangeExtension(s_schemaPath, ".received.json");
        if (committed != generated)
        {
            File.WriteAllText(received, generated);
        }

        Assert.True(committed == generated, $"{s_schemaPath} is not the generated schema; see {received}.");
    }

    [Fact]
    public void The_sample_graph_validates()
    {
        // Act
        var results = Validate(new GraphJsonWriter().WriteToString(SampleGraph.Build()));

        // Assert
        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("a node without an id", "nodes", 0, "id", null)]
    [InlineData("a node of an unknown kind", "nodes", 0, "kind", "Statute")]
    [InlineData("a law with a string year", "nodes", -1, "year", "2009")]
    [InlineData("an unknown relationship type", "edges", 0, "type", "LIKES")]
    [InlineData("an edge with a false unattributed", "edges", 0, "unattributed", false)]
    public void A_broken_graph_does_not_validate(string why, string array, int index, string property, object? value)
    {
        // Arrange
        var root = JsonNode.Parse(new GraphJsonWriter().WriteToString(SampleGraph.Build()))!;
        var items = root[array]!.AsArray();
        var item = index >= 0 ? items[index]!.AsObject() : items.Single(n => n!["id"]!.GetValue<string>() == SampleGraph.RefugeesLaw)!.AsObject();
        if (value is null)
        {
            item.Remove(property);
        }
        else
        {
            item[property] = JsonValue.Create(value);
        }

        // Act
        var results = Validate(root.ToJsonString());

        // Assert
        Assert.False(results.IsValid, why + " should not validate");
    }

    [Fact]
    public void A_country_may_not_carry_properties_of_another_kind()
    {
        // Arrange
        var root = JsonNode.Parse(new GraphJsonWriter().WriteToString(SampleGraph.Build()))!;
        var country = root["nodes"]!.AsArray().Single(n => n!["kind"]!.GetValue<string>() == "Country")!.AsObject();
        country["year"] = 2001;

        // Act
        var results = Validate(root.ToJsonString());

        // Assert
        Assert.False(results.IsValid);
    }

    internal static EvaluationResults Validate(string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(s_schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    internal static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20));
}
