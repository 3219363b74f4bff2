using System.Text.Json;

namespace UprGraph.Model;

/// <summary>
/// The graph's schema, read from <c>graph-schema/graph-schema.json</c> (embedded in this assembly):
/// labels, relationship types, their typed properties, constraints and indexes.
/// </summary>
public sealed class GraphSchema
{
    private static readonly Lazy<GraphSchema> s_default = new(LoadEmbedded);

    private GraphSchema(
        IReadOnlyList<NodeLabelSchema> labels,
        IReadOnlyList<RelationshipSchema> relationships,
        IReadOnlyList<SchemaProperty> relationshipProperties,
        IReadOnlyList<SchemaIndex> indexes)
    {
        Labels = labels;
        Relationships = relationships;
        RelationshipProperties = relationshipProperties;
        Indexes = indexes;
        NodeProperties = labels.SelectMany(l => l.Properties)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>The schema this build of UprGraph writes.</summary>
    public static GraphSchema Default => s_default.Value;

    public IReadOnlyList<NodeLabelSchema> Labels { get; }

    public IReadOnlyList<RelationshipSchema> Relationships { get; }

    /// <summary>Every node property over all labels, once each, in schema order (for formats with one key set).</summary>
    public IReadOnlyList<SchemaProperty> NodeProperties { get; }

    public IReadOnlyList<SchemaProperty> RelationshipProperties { get; }

    public IReadOnlyList<SchemaIndex> Indexes { get; }

    public NodeLabelSchema Label(NodeKind kind) => Labels.First(l => l.Kind == kind);

    public bool IsRelationshipType(string type) => Relationships.Any(r => r.Type == type);

    private static GraphSchema LoadEmbedded()
    {
        using var stream = typeof(GraphSchema).Assembly.GetManifestResourceStream("UprGraph.graph-schema.json")
            ?? throw new InvalidOperationException("The embedded graph schema is missing from the UprGraph assembly.");
        using var document = JsonDocument.Parse(stream);
        return Parse(document.RootElement);
    }

    internal static GraphSchema Parse(JsonElement root)
    {
        var labels = root.GetProperty("nodes").EnumerateObject()
            .Select(n => new NodeLabelSchema(
                Enum.Parse<NodeKind>(n.Name),
                n.Value.GetProperty("description").GetString() ?? "",
                ReadProperties(n.Value.GetProperty("properties"))))
            .ToList();
        var relationships = root.GetProperty("relationships").EnumerateObject()
            .Select(r => new RelationshipSchema(
                r.Name,
                r.Value.GetProperty("from").EnumerateArray().Select(e => Enum.Parse<NodeKind>(e.GetString()!)).ToList(),
                r.Value.GetProperty("to").EnumerateArray().Select(e => Enum.Parse<NodeKind>(e.GetString()!)).ToList(),
                r.Value.GetProperty("evidence").GetBoolean()))
            .ToList();
        var indexes = root.GetProperty("constraints").EnumerateArray()
            .Select(c => new SchemaIndex(Enum.Parse<NodeKind>(c.GetProperty("label").GetString()!), c.GetProperty("property").GetString()!, Unique: true))
            .Concat(root.GetProperty("indexes").EnumerateArray()
                .Select(c => new SchemaIndex(Enum.Parse<NodeKind>(c.GetProperty("label").GetString()!), c.GetProperty("property").GetString()!, Unique: false)))
            .ToList();
        return new GraphSchema(labels, relationships, ReadProperties(root.GetProperty("relationshipProperties")), indexes);
    }

    private static List<SchemaProperty> ReadProperties(JsonElement properties) =>
        properties.EnumerateObject().Select(p => new SchemaProperty(p.Name, ParseType(p.Value.GetString()!))).ToList();

    private static PropertyType ParseType(string type) => type switch
    {
        "string" => PropertyType.String,
        "int" => PropertyType.Int,
        "bool" => PropertyType.Bool,
        "string[]" => PropertyType.StringList,
        "int[]" => PropertyType.IntList,
        "warning[]" => PropertyType.WarningList,
        _ => throw new InvalidDataException($"graph-schema.json: unknown property type '{type}'."),
    };
}
