using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>The user documentation of the schema names every label, relationship type and property of the schema.</summary>
public sealed class SchemaReadmeTests
{
    [Fact]
    public void Readme_names_every_label_type_and_property()
    {
        var text = File.ReadAllText(RepoRoot.File("graph-schema", "README.md"));
        var names = GraphSchema.Default.Labels.Select(l => l.Kind.ToString())
            .Concat(GraphSchema.Default.Relationships.Select(r => r.Type))
            .Concat(GraphSchema.Default.NodeProperties.Select(p => p.Name))
            .Concat(GraphSchema.Default.RelationshipProperties.Select(p => p.Name));

        var missing = names.Where(n => !text.Contains($"`{n}`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "graph-schema/README.md does not mention: " + string.Join(", ", missing));
    }
}
