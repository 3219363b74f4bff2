using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Curation;

/// <summary>
/// The graph while a curation file is applied: nodes by their current id, where merged-away and moved nodes went, and
/// the edges by their uncurated id. <see cref="Build"/> gives the curated graph, with edge ids computed anew and edges
/// that became one collapsed, the earliest evidence kept.
/// </summary>
internal sealed class CurationState
{
    private readonly Dictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeSlot> _byOriginalId = new(StringComparer.Ordinal);
    private readonly List<StaleCorrection> _stale = [];

    public CurationState(KnowledgeGraph graph, string file, IParagraphSource paragraphs, Recognition.Laws.ActHeads actHeads)
    {
        File = file;
        ActHeads = actHeads;
        Paragraphs = paragraphs;
        Nodes = graph.Nodes.ToDictionary(n => n.Id, n => n with { Critics = null }, StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            var slot = new EdgeSlot(edge.Id, edge, Edges.Count);
            Edges.Add(slot);
            _byOriginalId[edge.Id] = slot;
        }
    }

    public string File { get; }

    public IParagraphSource Paragraphs { get; }

    /// <summary>The act heads of the extraction's vocabulary (a new law's id is made as the extractor makes it).</summary>
    public Recognition.Laws.ActHeads ActHeads { get; }

    public Dictionary<string, GraphNode> Nodes { get; }

    public List<EdgeSlot> Edges { get; } = [];

    public IReadOnlyList<StaleCorrection> Stale => _stale;

    private readonly HashSet<int> _appliedLines = [];

    public int Applied { get; private set; }

    /// <summary>Counts an entry that changed the graph.</summary>
    public void MarkApplied(Entries.CurationEntry entry)
    {
        Applied++;
        _appliedLines.Add(entry.Line);
    }

    /// <summary>Where a node of the uncurated build is now (after merges and moved articles), if it still exists.</summary>
    public GraphNode? Node(string id)
    {
        var seen = 0;
        while (_redirects.TryGetValue(id, out var next) && seen++ < 1000)
        {
            id = next;
        }

        return Nodes.GetValueOrDefault(id);
    }

    /// <summary>
    /// A node by its own id for an entry that changes that node itself (split, rename): one a merge took away makes the
    /// entry stale, saying where it went.
    /// </summary>
    public GraphNode? Own(Entries.CurationEntry entry, string id)
    {
        if (Nodes.TryGetValue(id, out var node))
        {
            return node;
        }

        MarkStale(entry, _redirects.ContainsKey(id) && Node(id) is { } now
            ? $"node '{id}' was merged into '{now.Id}'; name that node instead"
            : $"node '{id}' is not in the graph");
        return null;
    }

    /// <summary>A live edge by its uncurated id.</summary>
    public EdgeSlot? Edge(string originalId) =>
        _byOriginalId.TryGetValue(originalId, out var slot) && !slot.Dropped ? slot : null;

    public void MarkStale(Entries.CurationEntry entry, string message) => _stale.Add(new StaleCorrection(File, entry.Line, entry.Operation, message));

    public InputException Error(Entries.CurationEntry entry, string message) => InputException.At(File, entry.Line, entry.Column, message);

    /// <summary>Replaces a node by another (merge, moved article): its edges follow, and so do later references to its id.</summary>
    public void Redirect(string from, string to, string why)
    {
        Nodes.Remove(from);
        _redirects[from] = to;
        foreach (var slot in Edges.Where(s => !s.Dropped && (s.Edge.Source == from || s.Edge.Target == from || s.Edge.Issue == from)))
        {
            var edge = slot.Edge;
            slot.Change(edge with
            {
                Source = edge.Source == from ? to : edge.Source,
                Target = edge.Target == from ? to : edge.Target,
                Issue = edge.Issue == from ? to : edge.Issue,
            }, why);
            if (slot.Edge.Source == slot.Edge.Target)
            {
                slot.Dropped = true;
            }
        }
    }

    public void Add(EdgeSlot slot) => Edges.Add(slot);

    public CurationResult Build()
    {
        var live = Edges.Where(s => !s.Dropped).Select(s => (Slot: s, Id: s.CurrentId)).ToList();
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in Nodes.Values)
        {
            builder.AddNode(node);
        }

        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in live.GroupBy(x => x.Id, StringComparer.Ordinal))
        {
            // Edges that became one: the earliest evidence stands for them.
            var ordered = group.OrderBy(x => x.Slot.Edge.Sentence ?? int.MaxValue).ThenBy(x => x.Slot.Order).ToList();
            var first = ordered[0].Slot;
            var edge = first.Edge with { Id = group.Key };
            var changed = ordered.FirstOrDefault(x => x.Slot.Changed).Slot;
            if (ordered.Count > 1 && changed is not null)
            {
                edge = edge with { Curated = true, Why = edge.Why ?? changed.Edge.Why };
            }

            builder.AddEdge(edge);
            if (first.AddedAt is { } line)
            {
                added[group.Key] = line;
            }
            else if (first.OriginalId is { } original && (original != group.Key || ordered.Count > 1))
            {
                originals[group.Key] = original;
            }
        }

        return new CurationResult(builder.Build(), File, Applied, _stale) { OriginalIds = originals, AddedAt = added, AppliedLines = _appliedLines };
    }
}
