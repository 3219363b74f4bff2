using System.Text.RegularExpressions;
using UprGraph.Model;
using UprGraph.Relations;
using UprGraph.Resolution;

namespace UprGraph.Graph;

/// <summary>
/// Turns one document's extraction into graph nodes and edges: the document and its country, stakeholders (joint
/// submissions with their members), laws of the country, articles PART_OF their law, treaties, issues, and each relation
/// with its evidence (document, paragraph, sentence, footnotes, cue).
/// </summary>
public static partial class DocumentGraphBuilder
{
    /// <param name="extraction">The document's extraction.</param>
    /// <param name="encoding">What a text file was read as (<see cref="Reading.TextEncodings"/>); null for PDF and Word.</param>
    public static KnowledgeGraph Build(DocumentExtraction extraction, string? encoding = null) =>
        AddTo(new KnowledgeGraphBuilder(), extraction, encoding).Build();

    /// <summary>Adds one document's nodes and edges to a graph under construction (a corpus adds its documents in order).</summary>
    public static KnowledgeGraphBuilder AddTo(KnowledgeGraphBuilder builder, DocumentExtraction extraction, string? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(extraction);
        var info = extraction.Document.Info;
        var documentId = DocumentIds.Document(info.Symbol);
        var countryId = DocumentIds.Country(info.CountryCode);
        builder.AddNode(new GraphNode(documentId, NodeKind.Document, info.Symbol)
        {
            Symbol = info.Symbol, Country = info.CountryCode, Session = info.Session, Cycle = info.Cycle, Year = info.Year,
            File = Path.GetFileName(extraction.Document.File), Encoding = encoding, Warnings = extraction.Document.Warnings,
        });
        builder.AddNode(new GraphNode(countryId, NodeKind.Country, info.CountryName) { Country = info.CountryCode });
        builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.Reviews, documentId, countryId), RelationTypes.Reviews, documentId, countryId));

        // A member of a joint submission that the document also lists on its own ("TEDIC Association (TEDIC)" in JS1, and
        // TEDIC) is that stakeholder, not a second node.
        var own = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stakeholder in extraction.Stakeholders.Where(s => s.Category != StakeholderCategory.JointSubmission))
        {
            own.TryAdd(stakeholder.Name, stakeholder.Id);
            if (stakeholder.Abbreviation is { } abbreviation)
            {
                own.TryAdd(abbreviation, stakeholder.Id);
            }
        }

        foreach (var stakeholder in extraction.Stakeholders)
        {
            AddStakeholder(builder, stakeholder, info.Symbol, documentId, own);
        }

        foreach (var law in extraction.Laws)
        {
            builder.AddNode(new GraphNode(law.Id, NodeKind.Law, law.Name)
            {
                Aliases = law.Aliases.Order(StringComparer.Ordinal).ToList(), Year = law.Year, Country = info.CountryCode, Proposed = law.Proposed,
                Draft = law.Draft,
            });
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.LawOf, law.Id, countryId), RelationTypes.LawOf, law.Id, countryId));
        }

        var lawNames = extraction.Laws.ToDictionary(l => l.Id, l => l.Name, StringComparer.Ordinal);
        foreach (var article in extraction.Articles)
        {
            builder.AddNode(new GraphNode(article.Id, NodeKind.Article, $"article {article.Number} ({lawNames[article.LawId]})")
            {
                Law = article.LawId, Number = article.Number, Country = info.CountryCode,
            });
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.PartOf, article.Id, article.LawId), RelationTypes.PartOf, article.Id, article.LawId));
        }

        foreach (var treaty in extraction.Treaties)
        {
            builder.AddNode(new GraphNode(treaty.Id, NodeKind.Treaty, treaty.Name) { Aliases = treaty.Aliases });
        }

        foreach (var issue in extraction.Document.Paragraphs.Select(p => p.Issue).OfType<Segmentation.Heading>().DistinctBy(h => h.Text))
        {
            builder.AddNode(new GraphNode(DocumentIds.Issue(Slug.Of(issue.Text)), NodeKind.Issue, issue.Text));
        }

        foreach (var relation in extraction.Relations)
        {
            var paragraph = relation.Paragraph;
            var (evidence, actSpan, cueSpan) = EvidenceWindow.Of(
                relation.Sentence.Text,
                relation.ActAt is { } act ? [act.Offset, act.Length] : [],
                relation.CueAt >= 0 && relation.Cue.Length > 0 ? [relation.CueAt, relation.Cue.Length] : []);
            builder.AddEdge(new GraphEdge(
                DocumentIds.Edge(relation.Type, relation.SourceId, relation.TargetId, info.Symbol, paragraph.Number),
                relation.Type, relation.SourceId, relation.TargetId)
            {
                Document = info.Symbol, Paragraph = paragraph.Number, Sentence = relation.Sentence.Index,
                Evidence = evidence, Footnotes = relation.Footnotes, Cue = relation.Cue.Length > 0 ? relation.Cue : null,
                Via = relation.Via, Unattributed = relation.Unattributed, ActSpan = actSpan, CueSpan = cueSpan,
                Issue = paragraph.Issue is { } issue ? DocumentIds.Issue(Slug.Of(issue.Text)) : null,
            });
        }

        return builder;
    }

    private static void AddStakeholder(KnowledgeGraphBuilder builder, StakeholderEntity stakeholder, string symbol, string documentId, Dictionary<string, string> own)
    {
        var joint = stakeholder.Category == StakeholderCategory.JointSubmission;
        builder.AddNode(new GraphNode(stakeholder.Id, NodeKind.Stakeholder, stakeholder.Name)
        {
            Abbreviation = stakeholder.Abbreviation, Category = stakeholder.Category, Document = joint ? symbol : null,
        });
        builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.SubmittedTo, stakeholder.Id, documentId), RelationTypes.SubmittedTo, stakeholder.Id, documentId));
        foreach (var member in stakeholder.Members)
        {
            var defined = MemberName().Match(member);
            var name = defined.Success ? defined.Groups["name"].Value.Trim() : member;
            var abbreviation = defined.Success ? defined.Groups["abbr"].Value : null;
            if (!(abbreviation is not null && own.TryGetValue(abbreviation, out var memberId)) && !own.TryGetValue(name, out memberId))
            {
                memberId = DocumentIds.Stakeholder(Slug.Of(name));
                builder.AddNode(new GraphNode(memberId, NodeKind.Stakeholder, name) { Abbreviation = abbreviation, Category = StakeholderCategory.Ngo });
            }

            builder.AddEdge(new GraphEdge(DocumentIds.Edge(RelationTypes.MemberOf, memberId, stakeholder.Id), RelationTypes.MemberOf, memberId, stakeholder.Id));
        }
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<abbr>[\p{Lu}][\p{Lu}\p{Ll}\d&/ -]{1,20})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberName();
}
