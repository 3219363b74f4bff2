using UprGraph.Curation.Entries;

namespace UprGraph.Curation.Operations;

/// <summary>drop: an edge the text does not state leaves the graph.</summary>
internal static class DropOperation
{
    public static void Apply(CurationState state, DropEntry entry)
    {
        var slot = state.Edge(entry.Edge);
        if (slot is null)
        {
            state.MarkStale(entry, $"edge '{entry.Edge}' is not in the graph");
            return;
        }

        slot.Dropped = true;
        state.MarkApplied(entry);
    }
}
