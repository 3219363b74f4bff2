using UprGraph.Curation.Entries;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Curation.Operations;

/// <summary>
/// split: a node the extractor merged wrongly gives the listed edges to a new node of the same kind, which belongs where
/// the old one did (a law to its country, an article to its law, a stakeholder to the documents of its edges).
/// </summary>
internal static class SplitOperation
{
    private static readonly string[] s_belonging = [RelationTypes.LawOf, RelationTypes.PartOf];

    public static void Apply(CurationState state, SplitEntry entry)
    {
        var node = state.Own(entry, entry.Node);
        if (node is null)
        {
            return;
        }

        if (state.Node(entry.NewId) is not null)
        {
            throw state.Error(entry, $"node '{entry.NewId}' exists already; merge into it, or give the new node another id");
        }

        var moved = new List<EdgeSlot>();
        foreach (var id in entry.Edges)
        {
            var slot = state.Edge(id);
            if (slot is null)
            {
                state.MarkStale(entry, $"edge '{id}' is not in the graph");
            }
            else if (slot.Edge.Source != node.Id && slot.Edge.Target != node.Id)
            {
                state.MarkStale(entry, $"edge '{id}' no longer touches '{node.Id}'");
            }
            else
            {
                moved.Add(slot);
            }
        }

        if (moved.Count == 0)
        {
            return;
        }

        state.Nodes[entry.NewId] = new GraphNode(entry.NewId, node.Kind, entry.NewName)
        {
            Category = node.Category, Country = node.Country, Document = node.Document, Law = node.Law, Number = node.Number,
            Proposed = node.Proposed, Draft = node.Draft, Curated = true, Why = entry.Why,
        };
        state.Nodes[node.Id] = node with { Curated = true, Why = entry.Why };
        foreach (var slot in moved)
        {
            var edge = slot.Edge;
            slot.Change(edge with
            {
                Source = edge.Source == node.Id ? entry.NewId : edge.Source,
                Target = edge.Target == node.Id ? entry.NewId : edge.Target,
            }, entry.Why);
        }

        var belongs = state.Edges.Where(s => !s.Dropped && s.Edge.Source == node.Id && s_belonging.Contains(s.Edge.Type)).Select(s => s.Edge.Target);
        var submitted = node.Kind == NodeKind.Stakeholder
            ? moved.Select(s => s.Edge.Document).OfType<string>().Select(DocumentIds.Document).Where(state.Nodes.ContainsKey)
            : [];
        foreach (var target in belongs.ToList())
        {
            Link(state, node.Kind == NodeKind.Law ? RelationTypes.LawOf : RelationTypes.PartOf, entry.NewId, target, entry.Why);
        }

        foreach (var document in submitted.Distinct(StringComparer.Ordinal).ToList())
        {
            Link(state, RelationTypes.SubmittedTo, entry.NewId, document, entry.Why);
        }

        state.MarkApplied(entry);
    }

    private static void Link(CurationState state, string type, string source, string target, string why)
    {
        var slot = new EdgeSlot(null, new GraphEdge(DocumentIds.Edge(type, source, target), type, source, target), state.Edges.Count);
        slot.Change(slot.Edge, why);
        state.Add(slot);
    }
}
