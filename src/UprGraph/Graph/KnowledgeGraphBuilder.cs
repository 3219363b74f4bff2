using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// Collects nodes and edges, merging nodes that share an id (aliases united, first value of each property kept)
/// and dropping repeated edge ids; <see cref="Build"/> adds the derived counts and freezes the graph.
/// </summary>
public sealed class KnowledgeGraphBuilder
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _edges.Count;

    public KnowledgeGraphBuilder AddNode(GraphNode node)
    {
        _nodes[node.Id] = _nodes.TryGetValue(node.Id, out var existing) ? Merge(existing, node) : node;
        return this;
    }

    public KnowledgeGraphBuilder AddEdge(GraphEdge edge)
    {
        _edges.TryAdd(edge.Id, edge);
        return this;
    }

    public KnowledgeGraphBuilder AddGraph(KnowledgeGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            AddNode(node with { Critics = null });
        }

        foreach (var edge in graph.Edges)
        {
            AddEdge(edge);
        }

        return this;
    }

    /// <summary>Freezes the graph. Edges whose ends are missing are an error of the caller.</summary>
    public KnowledgeGraph Build()
    {
        foreach (var edge in _edges.Values)
        {
            if (!_nodes.ContainsKey(edge.Source) || !_nodes.ContainsKey(edge.Target))
            {
                throw new InvalidOperationException($"Edge {edge.Id} joins a node that was not added ({edge.Source} -> {edge.Target}).");
            }
        }

        var critics = CriticCounter.Count(_nodes.Values, _edges.Values);
        var nodes = _nodes.Values.Select(n => critics.TryGetValue(n.Id, out var c) ? n with { Critics = c } : n);
        return new KnowledgeGraph(nodes, _edges.Values);
    }

    private static GraphNode Merge(GraphNode a, GraphNode b)
    {
        var aliases = a.Aliases.Concat(b.Aliases).Append(b.Name)
            .Where(x => !string.Equals(x, a.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return a with
        {
            Aliases = aliases,
            Abbreviation = a.Abbreviation ?? b.Abbreviation,
            Category = a.Category ?? b.Category,
            Law = a.Law ?? b.Law,
            Number = a.Number ?? b.Number,
            Year = a.Year ?? b.Year,
            Country = a.Country ?? b.Country,
            Proposed = a.Proposed && b.Proposed,
            Draft = a.Draft && b.Draft,
            Document = a.Document ?? b.Document,
            Symbol = a.Symbol ?? b.Symbol,
            Session = a.Session ?? b.Session,
            Cycle = a.Cycle ?? b.Cycle,
            File = a.File ?? b.File,
            Encoding = a.Encoding ?? b.Encoding,
            Warnings = a.Warnings.Count > 0 ? a.Warnings : b.Warnings,
            Curated = a.Curated || b.Curated,
            Why = a.Why ?? b.Why,
        };
    }
}
