using UprGraph.Model;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// What a neo4j-import folder holds, gathered while writing it: the labels and relationship types with a file, their
/// row counts, and for each type the labels its start and end nodes actually have (the Cypher script matches on them).
/// </summary>
public sealed class Neo4jImportLayout
{
    private readonly SortedDictionary<NodeKind, int> _nodes = [];
    private readonly Dictionary<string, int> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SortedSet<NodeKind> From, SortedSet<NodeKind> To)> _ends = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<NodeKind, int> Nodes => _nodes;

    /// <summary>Relationship types in schema order (then any type the schema lacks, by name), with their row counts.</summary>
    public IReadOnlyList<(string Type, int Count)> Relationships =>
        _relationships.OrderBy(r => SchemaOrder(r.Key)).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (r.Key, r.Value)).ToList();

    public IReadOnlyCollection<NodeKind> StartLabels(string type) => Ends(type).From;

    public IReadOnlyCollection<NodeKind> EndLabels(string type) => Ends(type).To;

    internal void AddNode(NodeKind kind) => _nodes[kind] = _nodes.GetValueOrDefault(kind) + 1;

    internal void AddRelationship(string type, NodeKind? from, NodeKind? to)
    {
        _relationships[type] = _relationships.GetValueOrDefault(type) + 1;
        var (starts, ends) = Ends(type);
        AddOrSchema(starts, from, type, r => r.From);
        AddOrSchema(ends, to, type, r => r.To);
    }

    private (SortedSet<NodeKind> From, SortedSet<NodeKind> To) Ends(string type)
    {
        if (!_ends.TryGetValue(type, out var ends))
        {
            _ends[type] = ends = ([], []);
        }

        return ends;
    }

    /// <summary>A node not written to this folder has an unknown label: fall back to the schema's labels for the type.</summary>
    private static void AddOrSchema(SortedSet<NodeKind> set, NodeKind? kind, string type, Func<RelationshipSchema, IReadOnlyList<NodeKind>> labels)
    {
        if (kind is { } known)
        {
            set.Add(known);
        }
        else if (GraphSchema.Default.Relationships.FirstOrDefault(r => r.Type == type) is { } schema)
        {
            set.UnionWith(labels(schema));
        }
    }

    private static int SchemaOrder(string type)
    {
        var index = GraphSchema.Default.Relationships.ToList().FindIndex(r => r.Type == type);
        return index < 0 ? int.MaxValue : index;
    }
}
