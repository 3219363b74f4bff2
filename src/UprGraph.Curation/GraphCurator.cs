using UprGraph.Curation.Entries;
using UprGraph.Curation.Operations;
using UprGraph.Graph;
using UprGraph.Vocabulary;

namespace UprGraph.Curation;

/// <summary>
/// Applies a curation file to the uncurated graph, operations in this order: merge, split, rename, drop, retype,
/// attribute, add; entries of one operation in file order. Contradictions stop it (<see cref="Model.InputException"/>
/// naming both lines); corrections that match nothing are stale and reported, the rest applied. Nodes and edges an
/// entry made or changed carry <c>curated</c> and the entry's <c>why</c>; edges that become one collapse, keeping the
/// earliest evidence; counts such as <c>critics</c> are computed anew.
/// </summary>
public static class GraphCurator
{
    /// <param name="graph">The uncurated graph.</param>
    /// <param name="file">The curation file.</param>
    /// <param name="paragraphs">The documents' paragraphs, where added edges find their sentences.</param>
    /// <param name="vocabulary">The extraction's word lists (default: the built-in ones), for the ids of new laws.</param>
    public static CurationResult Apply(KnowledgeGraph graph, CurationFile file, IParagraphSource? paragraphs = null, GenreVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(file);
        CurationValidator.Check(file);
        var heads = new Recognition.Laws.ActHeads(vocabulary ?? GenreVocabulary.Default);
        var state = new CurationState(graph, file.Path, paragraphs ?? SegmentedDocuments.None, heads);
        foreach (var merge in file.Merges)
        {
            MergeOperation.Apply(state, merge);
        }

        foreach (var split in file.Splits)
        {
            SplitOperation.Apply(state, split);
        }

        foreach (var rename in file.Renames)
        {
            RenameOperation.Apply(state, rename);
        }

        foreach (var drop in file.Drops)
        {
            DropOperation.Apply(state, drop);
        }

        foreach (var retype in file.Retypes)
        {
            RetypeOperation.Apply(state, retype);
        }

        foreach (var attribute in file.Attributes)
        {
            AttributeOperation.Apply(state, attribute);
        }

        var drops = file.Drops.GroupBy(d => d.Edge, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var add in file.Adds)
        {
            AddOperation.Apply(state, add, drops);
        }

        return state.Build();
    }
}
