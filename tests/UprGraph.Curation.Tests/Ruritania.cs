using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Curation.Tests;

/// <summary>
/// A small graph of the genre's shapes, as the extractor would give it for a summary on Ruritania: the Penal Code under
/// two names (a second node "2014 Penal Code" with its own article 174), a Media Law, named NGOs, a joint submission,
/// an unattributed statement; with the paragraphs those statements come from, for added edges.
/// </summary>
internal static class Ruritania
{
    public const string Symbol = "A/HRC/WG.6/40/RUR/3";
    public const string DocumentId = "doc:" + Symbol;
    public const string Country = "country:RUR";
    public const string Ai = "stakeholder:amnesty-international";
    public const string Hrw = "stakeholder:human-rights-watch";
    public const string Js3 = "stakeholder:" + Symbol + "#JS3";
    public const string PenalCode = "law:RUR:code/penal";
    public const string PenalCode2014 = "law:RUR:code/2014-penal";
    public const string MediaLaw = "law:RUR:law/media";
    public const string Article174 = "article:RUR:code/penal/174";
    public const string Article174Of2014 = "article:RUR:code/2014-penal/174";
    public const string Expression = "issue:freedom-of-expression";

    public static string AiCriticizesPenal { get; } = Statement(RelationTypes.Criticizes, Ai, PenalCode, 5);

    public static string HrwCriticizes2014 { get; } = Statement(RelationTypes.Criticizes, Hrw, PenalCode2014, 6);

    public static string AiCriticizes2014 { get; } = Statement(RelationTypes.Criticizes, Ai, PenalCode2014, 5);

    public static string Js3Criticizes174Of2014 { get; } = Statement(RelationTypes.Criticizes, Js3, Article174Of2014, 7);

    public static string UnattributedMedia { get; } = Statement(RelationTypes.Criticizes, DocumentId, MediaLaw, 8);

    public static string AiRepealsMedia { get; } = Statement(RelationTypes.RecommendsRepealing, Ai, MediaLaw, 9);

    public static string Statement(string type, string source, string target, int paragraph) =>
        DocumentIds.Edge(type, source, target, Symbol, paragraph);

    public static KnowledgeGraph Graph()
    {
        var builder = new KnowledgeGraphBuilder()
            .AddNode(new GraphNode(DocumentId, NodeKind.Document, Symbol) { Symbol = Symbol, Country = "RUR", Session = 40, Year = 2022 })
            .AddNode(new GraphNode(Country, NodeKind.Country, "Ruritania") { Country = "RUR" })
            .AddNode(new GraphNode(Ai, NodeKind.Stakeholder, "Amnesty International") { Abbreviation = "AI", Category = StakeholderCategory.Ngo })
            .AddNode(new GraphNode(Hrw, NodeKind.Stakeholder, "Human Rights Watch") { Abbreviation = "HRW", Category = StakeholderCategory.Ngo })
            .AddNode(new GraphNode(Js3, NodeKind.Stakeholder, "Joint Submission 3") { Abbreviation = "JS3", Category = StakeholderCategory.JointSubmission, Document = Symbol })
            .AddNode(new GraphNode(PenalCode, NodeKind.Law, "Penal Code") { Country = "RUR" })
            .AddNode(new GraphNode(PenalCode2014, NodeKind.Law, "2014 Penal Code") { Country = "RUR", Year = 2014, Aliases = ["new Penal Code"] })
            .AddNode(new GraphNode(MediaLaw, NodeKind.Law, "Media Law") { Country = "RUR" })
            .AddNode(new GraphNode(Article174, NodeKind.Article, "article 174 (Penal Code)") { Law = PenalCode, Number = "174", Country = "RUR" })
            .AddNode(new GraphNode(Article174Of2014, NodeKind.Article, "article 174 (2014 Penal Code)") { Law = PenalCode2014, Number = "174", Country = "RUR" })
            .AddNode(new GraphNode(Expression, NodeKind.Issue, "Freedom of expression"));
        foreach (var (type, source, target) in new[]
        {
            (RelationTypes.Reviews, DocumentId, Country), (RelationTypes.LawOf, PenalCode, Country), (RelationTypes.LawOf, PenalCode2014, Country),
            (RelationTypes.LawOf, MediaLaw, Country), (RelationTypes.PartOf, Article174, PenalCode), (RelationTypes.PartOf, Article174Of2014, PenalCode2014),
            (RelationTypes.SubmittedTo, Ai, DocumentId), (RelationTypes.SubmittedTo, Hrw, DocumentId), (RelationTypes.SubmittedTo, Js3, DocumentId),
        })
        {
            builder.AddEdge(new GraphEdge(DocumentIds.Edge(type, source, target), type, source, target));
        }

        foreach (var paragraph in Paragraphs())
        {
            foreach (var (id, type, source, target, sentence) in StatementsOf(paragraph.Number))
            {
                var text = paragraph.Sentences[sentence - 1];
                builder.AddEdge(new GraphEdge(id, type, source, target)
                {
                    Document = Symbol, Paragraph = paragraph.Number, Sentence = sentence, Evidence = text.Text, Footnotes = text.Footnotes,
                    Via = source == DocumentId ? Via.Unattributed : Via.Named, Unattributed = source == DocumentId, Issue = Expression,
                });
            }
        }

        return builder.Build();
    }

    public static SegmentedDocuments Documents() =>
        new([new SegmentedDocument("rur.txt", new DocumentInfo(Symbol, "RUR", "Ruritania", 40, 4, 2022), Paragraphs(), null)]);

    public static IReadOnlyList<Paragraph> Paragraphs()
    {
        var heading = new Heading(HeadingLevel.Thematic, "Freedom of expression", null, null, Span(1));
        return
        [
            Paragraph(5, heading, ("AI noted that the Penal Code criminalised defamation of officials.", [11]), ("AI added that the 2014 Penal Code made it worse.", [12])),
            Paragraph(6, heading, ("HRW stated that bloggers had been prosecuted.", []), ("It noted that the 2014 Penal Code was used against them.", [13])),
            Paragraph(7, heading, ("Joint Submission 3 (JS3) noted that article 174 of the 2014 Penal Code on \"inciting discord\" was vague.", [14])),
            Paragraph(8, heading, ("Concern was expressed that the Media Law allowed websites to be blocked.", [15])),
            Paragraph(9, heading, ("AI recommended repealing the Media Law.", [16]), ("HRW made similar observations.", [17])),
        ];
    }

    private static IEnumerable<(string Id, string Type, string Source, string Target, int Sentence)> StatementsOf(int paragraph) => paragraph switch
    {
        5 => [(AiCriticizesPenal, RelationTypes.Criticizes, Ai, PenalCode, 1), (AiCriticizes2014, RelationTypes.Criticizes, Ai, PenalCode2014, 2)],
        6 => [(HrwCriticizes2014, RelationTypes.Criticizes, Hrw, PenalCode2014, 2)],
        7 => [(Js3Criticizes174Of2014, RelationTypes.Criticizes, Js3, Article174Of2014, 1)],
        8 => [(UnattributedMedia, RelationTypes.Criticizes, DocumentId, MediaLaw, 1)],
        9 => [(AiRepealsMedia, RelationTypes.RecommendsRepealing, Ai, MediaLaw, 1)],
        _ => [],
    };

    private static Paragraph Paragraph(int number, Heading heading, params (string Text, int[] Footnotes)[] sentences) =>
        new(number, string.Join(" ", sentences.Select(s => s.Text)),
            sentences.Select((s, i) => new Sentence(i + 1, s.Text, s.Footnotes, s.Footnotes.Length > 0, Span(number))).ToList(),
            [heading], Span(number));

    private static SourceSpan Span(int line) => new("rur.txt", line, 1, 0, 0);
}
