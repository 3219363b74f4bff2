using QuikGraph;
using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// The knowledge graph in memory: nodes by id and a QuikGraph bidirectional graph of the edges between their ids.
/// Immutable once built (<see cref="KnowledgeGraphBuilder"/>); <see cref="Nodes"/> and <see cref="Edges"/> come in id order,
/// so every sink writes the same bytes for the same input.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly BidirectionalGraph<string, GraphEdge> _graph;

    internal KnowledgeGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        Nodes = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        _nodes = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Edges = edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        _graph = new BidirectionalGraph<string, GraphEdge>(allowParallelEdges: true, vertexCapacity: Nodes.Count, edgeCapacity: -1);
        _graph.AddVertexRange(Nodes.Select(n => n.Id));
        _graph.AddEdgeRange(Edges);
    }

    public static KnowledgeGraph Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The QuikGraph view, for algorithms.</summary>
    public IBidirectionalGraph<string, GraphEdge> Structure => _graph;

    public GraphNode this[string id] => _nodes[id];

    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphNode? node) =>
        _nodes.TryGetValue(id, out node);

    public IEnumerable<GraphEdge> OutEdges(string id) => _graph.ContainsVertex(id) ? _graph.OutEdges(id) : [];

    public IEnumerable<GraphEdge> InEdges(string id) => _graph.ContainsVertex(id) ? _graph.InEdges(id) : [];

    public IEnumerable<GraphNode> NodesOf(NodeKind kind) => Nodes.Where(n => n.Kind == kind);

    public IEnumerable<GraphEdge> EdgesOf(string type) => Edges.Where(e => e.Type == type);
}
