using UprGraph.Model;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// The typed CSV headers of neo4j-admin import, from <see cref="GraphSchema"/>: nodes <c>id:ID,:LABEL,name,year:int,
/// aliases:string[],proposed:boolean,...</c> (their label's properties), relationships <c>:START_ID,:END_ID,:TYPE,id,
/// document,paragraph:int,footnotes:int[],...</c>. All ids share one id space (they are prefixed by kind).
/// </summary>
public static class Neo4jCsvHeader
{
    public static IReadOnlyList<SchemaProperty> NodeColumns(NodeKind kind) =>
        GraphSchema.Default.Label(kind).Properties.Where(p => p.Name != "id").ToList();

    public static IReadOnlyList<SchemaProperty> RelationshipColumns { get; } = GraphSchema.Default.RelationshipProperties;

    public static IReadOnlyList<string> Node(NodeKind kind) =>
        ["id:ID", ":LABEL", .. NodeColumns(kind).Select(Column)];

    public static IReadOnlyList<string> Relationship { get; } =
        [":START_ID", ":END_ID", ":TYPE", .. RelationshipColumns.Select(Column)];

    /// <summary>A property column: <c>name</c>, <c>year:int</c>, <c>proposed:boolean</c>, <c>aliases:string[]</c>.</summary>
    public static string Column(SchemaProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.Name + property.Type switch
        {
            PropertyType.Int => ":int",
            PropertyType.Bool => ":boolean",
            PropertyType.StringList or PropertyType.WarningList => ":string[]",
            PropertyType.IntList => ":int[]",
            _ => "",
        };
    }
}
