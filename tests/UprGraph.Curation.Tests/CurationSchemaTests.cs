using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace UprGraph.Curation.Tests;

/// <summary>graph-schema/curation.schema.json and the reader agree: docs/curation.md's example passes both; broken entries fail both.</summary>
public sealed class CurationSchemaTests
{
    private static string Root { get; } = FindRoot();

    public static TheoryData<string> Broken =>
    [
        "drop:\n  - {edge: \"x\"}\n",
        "drop:\n  - {edge: \"x\", why: \"y\", because: \"z\"}\n",
        "remove:\n  - {edge: \"x\", why: \"y\"}\n",
        "retype:\n  - {edge: \"x\", type: RAISES, why: \"y\"}\n",
        "add:\n  - {type: CRITICIZES, target: {kind: Treaty, name: \"ICCPR\"}, document: A/HRC/WG.6/34/KAZ/3, paragraph: 2, why: \"y\"}\n",
    ];

    [Fact]
    public void The_documented_example_is_valid_and_is_read_with_every_operation()
    {
        // Arrange
        var yaml = DocumentedExample();

        // Act
        var results = Validate(yaml);
        var file = Curate.Read(yaml);

        // Assert
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal(["merge", "split", "rename", "drop", "retype", "attribute", "add"], file.All.Select(e => e.Operation).Distinct());
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_file_fails_the_schema_and_the_reader_or_the_curator(string yaml)
    {
        // Act
        var results = Validate(yaml);
        var error = Record.Exception(() => Curate.Ruritania(yaml));

        // Assert
        Assert.False(results.IsValid);
        Assert.IsType<Model.InputException>(error);
    }

    private static string DocumentedExample()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "curation.md"));
        var start = text.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static EvaluationResults Validate(string yaml)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "graph-schema", "curation.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML's data as JSON: plain scalars that read as numbers, booleans or null become those.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => scalar.Value switch
        {
            null or "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            var v when long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            var v => JsonValue.Create(v),
        },
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UprGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UprGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
