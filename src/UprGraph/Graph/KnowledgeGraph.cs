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
    private readonly Lazy<BidirectionalGraph<string, GraphEdge>> _graph;

    internal KnowledgeGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        Nodes = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        _nodes = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Edges = edges.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        // Built on first use: a document's graph that is only merged into a corpus never needs it.
        _graph = new Lazy<BidirectionalGraph<string, GraphEdge>>(() =>
        {
            var graph = new BidirectionalGraph<string, GraphEdge>(allowParallelEdges: true, vertexCapacity: Nodes.Count, edgeCapacity: -1);
            graph.AddVertexRange(Nodes.Select(n => n.Id));
            graph.AddEdgeRange(Edges);
            return graph;
        });
    }

    public static KnowledgeGraph Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>The QuikGraph view, for algorithms.</summary>
    public IBidirectionalGraph<string, GraphEdge> Structure => _graph.Value;

    public GraphNode this[string id] => _nodes[id];

    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphNode? node) =>
        _nodes.TryGetValue(id, out node);

    public IEnumerable<GraphEdge> OutEdges(string id) => _graph.Value.ContainsVertex(id) ? _graph.Value.OutEdges(id) : [];

    public IEnumerable<GraphEdge> InEdges(string id) => _graph.Value.ContainsVertex(id) ? _graph.Value.InEdges(id) : [];

    public IEnumerable<GraphNode> NodesOf(NodeKind kind) => Nodes.Where(n => n.Kind == kind);

    public IEnumerable<GraphEdge> EdgesOf(string type) => Edges.Where(e => e.Type == type);
}
