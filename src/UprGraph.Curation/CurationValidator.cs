using UprGraph.Curation.Entries;
using UprGraph.Model;

namespace UprGraph.Curation;

/// <summary>
/// The contradictions of a curation file, found before anything is applied; each is an <see cref="InputException"/>
/// naming both lines: a drop and a retype or attribute of one edge, two retypes or attributions of one edge that differ,
/// A into B and B into A (or any cycle of merges), one node merged into two targets, one node renamed twice. (An added edge
/// that is also dropped is found when the add is applied, where its id is known.)
/// </summary>
internal static class CurationValidator
{
    public static void Check(CurationFile file)
    {
        var drops = new Dictionary<string, DropEntry>(StringComparer.Ordinal);
        foreach (var drop in file.Drops)
        {
            drops.TryAdd(drop.Edge, drop);
        }

        var retypes = new Dictionary<string, RetypeEntry>(StringComparer.Ordinal);
        foreach (var retype in file.Retypes)
        {
            if (drops.TryGetValue(retype.Edge, out var drop))
            {
                throw Contradiction(file, retype, $"retyping dropped edge '{retype.Edge}'", drop);
            }

            if (retypes.TryGetValue(retype.Edge, out var earlier) && earlier.Type != retype.Type)
            {
                throw Contradiction(file, retype, $"retyping '{retype.Edge}' as {retype.Type}", earlier);
            }

            retypes.TryAdd(retype.Edge, retype);
        }

        var attributes = new Dictionary<string, AttributeEntry>(StringComparer.Ordinal);
        foreach (var attribute in file.Attributes)
        {
            if (drops.TryGetValue(attribute.Edge, out var drop))
            {
                throw Contradiction(file, attribute, $"attributing dropped edge '{attribute.Edge}'", drop);
            }

            if (attributes.TryGetValue(attribute.Edge, out var earlier) && earlier.Source != attribute.Source)
            {
                throw Contradiction(file, attribute, $"attributing '{attribute.Edge}' to '{attribute.Source}'", earlier);
            }

            attributes.TryAdd(attribute.Edge, attribute);
        }

        CheckMerges(file);
        var renames = new Dictionary<string, RenameEntry>(StringComparer.Ordinal);
        foreach (var rename in file.Renames)
        {
            if (!renames.TryAdd(rename.Node, rename))
            {
                throw Contradiction(file, rename, $"renaming '{rename.Node}' a second time", renames[rename.Node]);
            }
        }
    }

    private static void CheckMerges(CurationFile file)
    {
        var targets = new Dictionary<string, MergeEntry>(StringComparer.Ordinal);
        foreach (var merge in file.Merges)
        {
            foreach (var node in merge.Nodes)
            {
                if (node == merge.Into)
                {
                    throw InputException.At(file.Path, merge.Line, merge.Column, $"'{node}' is merged into itself");
                }

                if (targets.TryGetValue(node, out var earlier) && earlier.Into != merge.Into)
                {
                    throw Contradiction(file, merge, $"merging '{node}' into '{merge.Into}'", earlier);
                }

                targets.TryAdd(node, merge);
            }
        }

        // A cycle: following "into" from a node comes back to it (A into B and B into A).
        foreach (var (start, first) in targets)
        {
            var node = first.Into;
            for (var steps = 0; steps <= targets.Count && targets.TryGetValue(node, out var next); steps++)
            {
                if (next.Into == start)
                {
                    throw Contradiction(file, next, $"merging '{node}' into '{next.Into}'", first);
                }

                node = next.Into;
            }
        }
    }

    private static InputException Contradiction(CurationFile file, CurationEntry entry, string what, CurationEntry other) =>
        InputException.Contradiction(file.Path, entry.Line, entry.Column, what, other.Line);
}
