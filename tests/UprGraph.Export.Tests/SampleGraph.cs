using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Tests;

/// <summary>
/// A small graph of the real shapes: a document on Ruritania, named NGOs, a joint submission and its member, laws
/// (one with a quoted title, one proposed), articles PART_OF their law, a treaty, issues, statements with evidence
/// holding quotes, a comma, &lt;, &gt;, &amp; and a control character, a parallel edge and an unattributed statement.
/// </summary>
internal static class SampleGraph
{
    public const string Symbol = "A/HRC/WG.6/40/RUR/3";
    public const string DocumentId = "doc:" + Symbol;
    public const string Amnesty = "stakeholder:amnesty-international";
    public const string Hrw = "stakeholder:human-rights-watch";
    public const string FreedomNow = "stakeholder:freedom-now";
    public const string Js4 = "stakeholder:" + Symbol + "#JS4";
    public const string RefugeesLaw = "law:RUR:law-on-refugees";
    public const string PenalCode = "law:RUR:penal-code";
    public const string DomesticViolenceLaw = "law:RUR:law-on-domestic-violence";
    public const string Article174 = "article:RUR:penal-code/174";
    public const string Article130 = "article:RUR:penal-code/130";
    public const string Opcat = "treaty:opcat";
    public const string Expression = "issue:freedom-of-opinion-and-expression";
    public const string Refugees = "issue:refugees-and-asylum-seekers";

    /// <summary>Evidence with quotes, angle brackets, an ampersand and a bell character (U+0007).</summary>
    public const string TrickyEvidence = "AI noted that article 174 of the Penal Code on \"inciting discord\" was used against <journalists> & bloggers.\u000712";

    /// <summary>Evidence with quotes and commas (a CSV field that must be quoted).</summary>
    public const string QuotedEvidence = "HRW recommended amending the Law \"On Refugees\", in particular its article 12, \"without delay\".";

    public static string CriticizesId { get; } = DocumentIds.Edge(RelationTypes.Criticizes, Amnesty, Article174, Symbol, 31);

    public static string ParallelId { get; } = DocumentIds.Edge(RelationTypes.Criticizes, Amnesty, Article174, Symbol, 33);

    public static string AmendingId { get; } = DocumentIds.Edge(RelationTypes.RecommendsAmending, Hrw, RefugeesLaw, Symbol, 58);

    public static string UnattributedId { get; } = DocumentIds.Edge(RelationTypes.Criticizes, DocumentId, RefugeesLaw, Symbol, 57);

    public static KnowledgeGraph Build()
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in Nodes())
        {
            builder.AddNode(node);
        }

        foreach (var edge in Edges())
        {
            builder.AddEdge(edge);
        }

        return builder.Build();
    }

    private static IEnumerable<GraphNode> Nodes() =>
    [
        new(DocumentId, NodeKind.Document, "Summary of Stakeholders' submissions on Ruritania")
        {
            Symbol = Symbol, Country = "RUR", Session = 40, Cycle = 4, Year = 2022, File = "seeds/A-HRC-WG.6-40-RUR-3.txt",
        },
        new("country:RUR", NodeKind.Country, "Ruritania") { Country = "RUR" },
        new(Amnesty, NodeKind.Stakeholder, "Amnesty International") { Abbreviation = "AI", Category = StakeholderCategory.Ngo },
        new(Hrw, NodeKind.Stakeholder, "Human Rights Watch") { Abbreviation = "HRW", Category = StakeholderCategory.Ngo },
        new(FreedomNow, NodeKind.Stakeholder, "Freedom Now") { Category = StakeholderCategory.Ngo },
        new(Js4, NodeKind.Stakeholder, "Joint Submission 4")
        {
            Abbreviation = "JS4", Category = StakeholderCategory.JointSubmission, Document = Symbol, Aliases = ["JS 4"],
        },
        new(RefugeesLaw, NodeKind.Law, "Law \"On Refugees\"") { Year = 2009, Country = "RUR", Aliases = ["Refugees Law"] },
        new(PenalCode, NodeKind.Law, "Penal Code") { Year = 2014, Country = "RUR", Aliases = ["Criminal Code", "PC"], Curated = true, Why = "One code: \"Criminal Code\" & \"PC\" <merged>" },
        new(DomesticViolenceLaw, NodeKind.Law, "law on domestic violence") { Country = "RUR", Proposed = true },
        new(Article174, NodeKind.Article, "article 174") { Law = PenalCode, Number = "174", Country = "RUR" },
        new(Article130, NodeKind.Article, "article 130") { Law = PenalCode, Number = "130", Country = "RUR" },
        new(Opcat, NodeKind.Treaty, "Optional Protocol to the Convention against Torture") { Aliases = ["OP-CAT"] },
        new(Expression, NodeKind.Issue, "Freedom of opinion and expression"),
        new(Refugees, NodeKind.Issue, "Refugees & asylum-seekers"),
    ];

    private static IEnumerable<GraphEdge> Edges() =>
    [
        Structural(RelationTypes.Reviews, DocumentId, "country:RUR"),
        Structural(RelationTypes.LawOf, RefugeesLaw, "country:RUR"),
        Structural(RelationTypes.LawOf, PenalCode, "country:RUR"),
        Structural(RelationTypes.PartOf, Article174, PenalCode),
        Structural(RelationTypes.PartOf, Article130, PenalCode),
        Structural(RelationTypes.MemberOf, FreedomNow, Js4),
        Structural(RelationTypes.SubmittedTo, Amnesty, DocumentId),
        Structural(RelationTypes.SubmittedTo, Js4, DocumentId),
        Statement(RelationTypes.Criticizes, Amnesty, Article174, 31, 1, TrickyEvidence, [12], "noted", Expression) with { ActSpan = [14, 11], CueSpan = [3, 5], Via = "named" },
        Statement(RelationTypes.Criticizes, Amnesty, Article174, 33, 2, "AI added that article 174 was applied to online posts.", [14, 15], "added", Expression),
        Statement(RelationTypes.Criticizes, Js4, Article174, 32, 1, "JS4 made similar observations.", [13], "observations", Expression) with { Via = "similar-observations" },
        Statement(RelationTypes.RecommendsRepealing, Js4, Article130, 34, 1, "JS4 recommended repealing article 130 of the Penal Code.", [16], "repealing", Expression),
        Statement(RelationTypes.RecommendsAmending, Hrw, RefugeesLaw, 58, 1, QuotedEvidence, [40], "amending", Refugees) with { Curated = true, Why = "Retyped: HRW asks to amend, not repeal." },
        Statement(RelationTypes.Criticizes, DocumentId, RefugeesLaw, 57, 2, "Concerns were raised that the Law \"On Refugees\" excluded stateless persons.", [], "concerns", Refugees) with { Unattributed = true },
        Statement(RelationTypes.Raises, Hrw, Refugees, 56, 1, "HRW stated that asylum-seekers were returned at the border.", [39], "stated", Refugees),
        Statement(RelationTypes.RecommendsAdopting, Amnesty, DomesticViolenceLaw, 70, 1, "AI recommended adopting a law on domestic violence.", [51], "adopting", null),
        Statement(RelationTypes.RecommendsRatifying, Js4, Opcat, 8, 1, "JS4 recommended ratifying OP-CAT.", [5], "ratifying", null),
    ];

    private static GraphEdge Structural(string type, string source, string target) =>
        new(DocumentIds.Edge(type, source, target), type, source, target);

    private static GraphEdge Statement(string type, string source, string target, int paragraph, int sentence, string evidence, int[] footnotes, string cue, string? issue) =>
        new(DocumentIds.Edge(type, source, target, Symbol, paragraph), type, source, target)
        {
            Document = Symbol, Paragraph = paragraph, Sentence = sentence, Evidence = evidence, Footnotes = footnotes, Cue = cue, Issue = issue,
        };
}
