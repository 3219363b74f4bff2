using UprGraph.Curation.Entries;
using UprGraph.Model;

namespace UprGraph.Curation.Operations;

/// <summary>retype: an edge read as the wrong relation gets the right one (between the kinds the schema allows).</summary>
internal static class RetypeOperation
{
    public static void Apply(CurationState state, RetypeEntry entry)
    {
        if (!RelationTypes.Statements.Contains(entry.Type))
        {
            throw state.Error(entry, $"'{entry.Type}' is not a statement type; one of {string.Join(", ", RelationTypes.Statements)}");
        }

        var slot = state.Edge(entry.Edge);
        if (slot is null)
        {
            state.MarkStale(entry, $"edge '{entry.Edge}' is not in the graph");
            return;
        }

        var edge = slot.Edge;
        if (EdgeRules.Check(entry.Type, state.Nodes[edge.Source].Kind, state.Nodes[edge.Target].Kind) is { } wrong)
        {
            throw state.Error(entry, wrong);
        }

        if (edge.Type == entry.Type)
        {
            state.MarkStale(entry, $"edge '{entry.Edge}' is a {entry.Type} already");
            return;
        }

        slot.Change(edge with { Type = entry.Type }, entry.Why);
        state.MarkApplied(entry);
    }
}
