using UprGraph.Curation.Entries;
using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Resolution;

namespace UprGraph.Curation.Operations;

/// <summary>
/// add: an edge the extractor missed, with its sentence looked up in the document's paragraph (a paragraph the document
/// does not have is an error). A new target is made with the id the extractor would give it. An edge the graph has
/// already (the extractor finds it now) makes the entry stale.
/// </summary>
internal static class AddOperation
{
    public static void Apply(CurationState state, AddEntry entry, IReadOnlyDictionary<string, DropEntry> drops)
    {
        if (!RelationTypes.Statements.Contains(entry.Type))
        {
            throw state.Error(entry, $"'{entry.Type}' is not a statement type; one of {string.Join(", ", RelationTypes.Statements)}");
        }

        var documentId = DocumentIds.Document(entry.Document);
        if (!state.Nodes.TryGetValue(documentId, out var document))
        {
            state.MarkStale(entry, $"document '{entry.Document}' is not among the documents read");
            return;
        }

        if (!state.Paragraphs.HasDocument(entry.Document))
        {
            throw state.Error(entry, $"the text of '{entry.Document}' is not at hand; add edges when building from the documents, not from a graph.json");
        }

        var paragraph = state.Paragraphs.Find(entry.Document, entry.Paragraph)
            ?? throw state.Error(entry, $"'{entry.Document}' has no paragraph {entry.Paragraph}");
        if (paragraph.Sentences.Count == 0)
        {
            throw state.Error(entry, $"paragraph {entry.Paragraph} of '{entry.Document}' has no sentence");
        }

        if (entry.Sentence is { } sentenceIndex && sentenceIndex > paragraph.Sentences.Count)
        {
            throw state.Error(entry, $"paragraph {entry.Paragraph} of '{entry.Document}' has {paragraph.Sentences.Count} sentence(s), not {sentenceIndex}");
        }

        var source = entry.Source is null ? document : state.Node(entry.Source);
        if (source is null)
        {
            state.MarkStale(entry, $"node '{entry.Source}' is not in the graph");
            return;
        }

        var (target, made) = Target(state, entry, document);
        if (target is null)
        {
            return;
        }

        if (EdgeRules.Check(entry.Type, source.Kind, target.Kind) is { } wrong)
        {
            throw state.Error(entry, wrong);
        }

        var id = DocumentIds.Edge(entry.Type, source.Id, target.Id, entry.Document, entry.Paragraph);
        if (drops.TryGetValue(id, out var drop))
        {
            throw InputException.Contradiction(state.File, entry.Line, entry.Column, $"adding '{id}'", drop.Line);
        }

        if (state.Edges.Any(s => !s.Dropped && s.CurrentId == id))
        {
            state.MarkStale(entry, $"the graph has '{id}' already");
            return;
        }

        foreach (var (node, edge) in made)
        {
            state.Nodes[node.Id] = node;
            if (edge is not null)
            {
                var link = new EdgeSlot(null, edge, state.Edges.Count);
                link.Change(edge, entry.Why);
                state.Add(link);
            }
        }

        var (sentence, act) = SentencePicker.Pick(paragraph, target, source, entry.Sentence);
        var added = new GraphEdge(id, entry.Type, source.Id, target.Id)
        {
            Document = entry.Document, Paragraph = entry.Paragraph, Sentence = sentence.Index, Evidence = sentence.Text, Footnotes = sentence.Footnotes,
            Via = SentencePicker.ViaOf(sentence, source), Unattributed = source.Kind == NodeKind.Document,
            ActSpan = act is { } a ? [a.Offset, a.Length] : [],
            Issue = paragraph.Issue is { } issue && state.Nodes.ContainsKey(DocumentIds.Issue(Slug.Of(issue.Text))) ? DocumentIds.Issue(Slug.Of(issue.Text)) : null,
        };
        var slot = new EdgeSlot(null, added, state.Edges.Count) { AddedAt = entry.Line };
        slot.Change(added, entry.Why);
        state.Add(slot);
        state.MarkApplied(entry);
    }

    /// <summary>The target node, and the nodes (with the edge tying each in) to make for it; null after marking the entry stale.</summary>
    private static (GraphNode? Target, List<(GraphNode Node, GraphEdge? Edge)> Made) Target(CurationState state, AddEntry entry, GraphNode document)
    {
        var spec = entry.Target;
        if (spec.Id is { } existing)
        {
            var node = state.Node(existing);
            if (node is null)
            {
                state.MarkStale(entry, $"node '{existing}' is not in the graph");
            }

            return (node, []);
        }

        if (spec.Kind == "Article")
        {
            var law = state.Node(spec.Law!);
            if (law is null)
            {
                state.MarkStale(entry, $"law '{spec.Law}' is not in the graph");
                return (null, []);
            }

            if (law.Kind != NodeKind.Law)
            {
                throw state.Error(entry, $"'{spec.Law}' is a {law.Kind}, not a law");
            }

            var articleId = DocumentIds.Article(law.Id, spec.Number!);
            if (state.Nodes.TryGetValue(articleId, out var article))
            {
                return (article, []);
            }

            article = new GraphNode(articleId, NodeKind.Article, NodeMerger.ArticleName(spec.Number!, law.Name))
            {
                Law = law.Id, Number = spec.Number, Country = law.Country, Curated = true, Why = entry.Why,
            };
            return (article, [(article, new GraphEdge(DocumentIds.Edge(RelationTypes.PartOf, articleId, law.Id), RelationTypes.PartOf, articleId, law.Id))]);
        }

        var code = spec.Country ?? document.Country ?? "";
        var countryId = DocumentIds.Country(code);
        var countryName = state.Nodes.TryGetValue(countryId, out var country) ? country.Name : code;
        var lawId = LawIds.Of(spec.Name!, code, countryName, entry.Type == RelationTypes.RecommendsAdopting, state.ActHeads);
        if (state.Node(lawId) is { } known)
        {
            return (known, []);
        }

        var made = new GraphNode(lawId, NodeKind.Law, spec.Name!)
        {
            Country = code, Proposed = entry.Type == RelationTypes.RecommendsAdopting, Draft = spec.Draft, Curated = true, Why = entry.Why,
        };
        var lawOf = country is null ? null : new GraphEdge(DocumentIds.Edge(RelationTypes.LawOf, lawId, countryId), RelationTypes.LawOf, lawId, countryId);
        return (made, [(made, lawOf)]);
    }
}
