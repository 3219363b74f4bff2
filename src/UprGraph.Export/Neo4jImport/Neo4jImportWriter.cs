using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// Writes a folder for <c>neo4j-admin import</c>: <c>nodes-&lt;Label&gt;.csv</c> per label and
/// <c>relationships-&lt;TYPE&gt;.csv</c> per type (<see cref="Neo4jCsvHeader"/>, <see cref="Neo4jCsv"/>), plus
/// <c>import.sh</c> with the exact command and <c>load-csv.cypher</c>, which builds the same graph with LOAD CSV.
/// Rows stream to their file as they come; only the node ids and labels are kept, for the Cypher script's matches.
/// </summary>
public sealed class Neo4jImportWriter : IGraphSink
{
    public string Name => "neo4j-import";

    public string DefaultFileName => "neo4j-import";

    public bool IsDirectory => true;

    public void WriteFile(KnowledgeGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        WriteFile(graph.Nodes, graph.Edges, path);
    }

    /// <summary>Writes the folder through a temporary sibling, replacing any earlier folder only when complete.</summary>
    public static Neo4jImportLayout WriteFile(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, string path)
    {
        Neo4jImportLayout? layout = null;
        AtomicOutput.WriteDirectory(path, folder => layout = WriteInto(nodes, edges, folder));
        return layout!;
    }

    /// <summary>The streaming core: writes the CSV files and scripts into an existing folder.</summary>
    public static Neo4jImportLayout WriteInto(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, string folder)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var layout = new Neo4jImportLayout();
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        using (var files = new Neo4jCsvFiles(folder))
        {
            foreach (var node in nodes)
            {
                kinds[node.Id] = node.Kind;
                layout.AddNode(node.Kind);
                var writer = files.Get(Neo4jImportFiles.Nodes(node.Kind), Neo4jCsvHeader.Node(node.Kind));
                var columns = Neo4jCsvHeader.NodeColumns(node.Kind);
                writer.Write(Neo4jCsv.Line([Neo4jCsv.Field(node.Id), node.Kind.ToString(), .. columns.Select(c => Neo4jCsv.Field(Value(node.GetProperty(c.Name))))]));
                writer.Write('\n');
            }

            foreach (var edge in edges)
            {
                layout.AddRelationship(edge.Type, Kind(kinds, edge.Source), Kind(kinds, edge.Target));
                var writer = files.Get(Neo4jImportFiles.Relationships(edge.Type), Neo4jCsvHeader.Relationship);
                writer.Write(Neo4jCsv.Line(
                [
                    Neo4jCsv.Field(edge.Source), Neo4jCsv.Field(edge.Target), Neo4jCsv.Field(edge.Type),
                    .. Neo4jCsvHeader.RelationshipColumns.Select(c => Neo4jCsv.Field(Value(edge.GetProperty(c.Name)))),
                ]));
                writer.Write('\n');
            }
        }

        File.WriteAllText(Path.Combine(folder, Neo4jImportFiles.ImportScript), Neo4jImportScript.Write(layout), ExportEncoding.Utf8);
        File.WriteAllText(Path.Combine(folder, Neo4jImportFiles.LoadCsvScript), LoadCsvScript.Write(layout), ExportEncoding.Utf8);
        return layout;
    }

    private static object? Value(object? value) => SchemaValues.IsSet(value) ? value : null;

    private static NodeKind? Kind(Dictionary<string, NodeKind> kinds, string id) => kinds.TryGetValue(id, out var kind) ? kind : null;
}
