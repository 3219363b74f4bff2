using UprGraph.Curation.Entries;
using UprGraph.Model;

namespace UprGraph.Curation.Operations;

/// <summary>attribute: an unattributed edge (from the document) gets the stakeholder that states it.</summary>
internal static class AttributeOperation
{
    public static void Apply(CurationState state, AttributeEntry entry)
    {
        var via = entry.Via ?? Via.Named;
        if (via == Via.Unattributed || !Via.All.Contains(via))
        {
            throw state.Error(entry, $"'via' is one of {string.Join(", ", Via.All.Where(v => v != Via.Unattributed))}, not '{via}'");
        }

        var slot = state.Edge(entry.Edge);
        if (slot is null)
        {
            state.MarkStale(entry, $"edge '{entry.Edge}' is not in the graph");
            return;
        }

        if (!slot.Edge.Unattributed)
        {
            state.MarkStale(entry, $"edge '{entry.Edge}' is attributed already (to '{slot.Edge.Source}')");
            return;
        }

        var source = state.Node(entry.Source);
        if (source is null)
        {
            state.MarkStale(entry, $"stakeholder '{entry.Source}' is not in the graph");
            return;
        }

        if (source.Kind != NodeKind.Stakeholder)
        {
            throw state.Error(entry, $"'{entry.Source}' is a {source.Kind}, not a stakeholder");
        }

        slot.Change(slot.Edge with { Source = source.Id, Unattributed = false, Via = via }, entry.Why);
        state.MarkApplied(entry);
    }
}
