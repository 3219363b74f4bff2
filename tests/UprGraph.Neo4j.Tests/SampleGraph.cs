using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Neo4j.Tests;

/// <summary>
/// A small hand-made graph of the real shapes: two reviews of Ruritania, named NGOs, a joint submission with a member,
/// an NHRI, laws with quoted titles, articles PART_OF their laws, a treaty, issues, and statements whose evidence
/// sentences hold quotes, &lt;, &gt;, &amp;, non-ASCII letters and a control character. One statement has no named source.
/// </summary>
internal static class SampleGraph
{
    public const string Symbol = "A/HRC/WG.6/99/RUR/3";
    public const string EarlierSymbol = "A/HRC/WG.6/85/RUR/3";

    public static readonly string Js4 = DocumentIds.JointSubmission(Symbol, "JS4");
    public static readonly string Ai = DocumentIds.Stakeholder("amnesty-international");
    public static readonly string Hrw = DocumentIds.Stakeholder("human-rights-watch");
    public static readonly string Clinic = DocumentIds.Stakeholder("ruritanian-legal-clinic");
    public static readonly string Ombudsman = DocumentIds.Stakeholder("commissioner-for-human-rights");
    public static readonly string PenalCode = DocumentIds.Law("RUR", "penal-code");
    public static readonly string Refugees = DocumentIds.Law("RUR", "on-refugees");
    public static readonly string Media = DocumentIds.Law("RUR", "on-mass-media");
    public static readonly string NgoLaw = DocumentIds.Law("RUR", "on-non-governmental-organizations");
    public static readonly string Article130 = DocumentIds.Article(PenalCode, "130");
    public static readonly string Article174 = DocumentIds.Article(PenalCode, "174");
    public static readonly string Article12 = DocumentIds.Article(Refugees, "12");
    public static readonly string Opcat = DocumentIds.Treaty("opcat");
    public static readonly string Expression = DocumentIds.Issue("freedom-of-opinion-and-expression");
    public static readonly string Asylum = DocumentIds.Issue("refugees-and-asylum-seekers");

    public const string TrickyEvidence =
        "AI noted that article 130 of the 2015 Penal Code (\"dissemination of <false> information\") was used against journalists & bloggers.\u0007";

    public static KnowledgeGraph Build() => Builder().Build();

    public static KnowledgeGraphBuilder Builder()
    {
        var builder = new KnowledgeGraphBuilder();
        foreach (var node in Nodes())
        {
            builder.AddNode(node);
        }

        foreach (var edge in Structure().Concat(Statements()))
        {
            builder.AddEdge(edge);
        }

        return builder;
    }

    public static IEnumerable<GraphNode> Nodes() =>
    [
        new(DocumentIds.Document(Symbol), NodeKind.Document, "Summary of stakeholders' submissions on Ruritania")
        {
            Symbol = Symbol, Country = "RUR", Session = 99, Cycle = 4, Year = 2031, File = "seeds/rur-99.txt",
        },
        new(DocumentIds.Document(EarlierSymbol), NodeKind.Document, "Summary of stakeholders' submissions on Ruritania")
        {
            Symbol = EarlierSymbol, Country = "RUR", Session = 85, Cycle = 4, Year = 2027,
        },
        new(DocumentIds.Country("RUR"), NodeKind.Country, "Ruritania") { Country = "RUR" },
        new(Ai, NodeKind.Stakeholder, "Amnesty International") { Abbreviation = "AI", Category = StakeholderCategory.Ngo },
        new(Hrw, NodeKind.Stakeholder, "Human Rights Watch") { Abbreviation = "HRW", Category = StakeholderCategory.Ngo },
        new(Js4, NodeKind.Stakeholder, "Joint Submission 4")
        {
            Abbreviation = "JS4", Category = StakeholderCategory.JointSubmission, Document = Symbol, Aliases = ["JS 4"],
        },
        new(Clinic, NodeKind.Stakeholder, "Ruritanian Legal Clinic “Zaщita”") { Category = StakeholderCategory.Ngo },
        new(Ombudsman, NodeKind.Stakeholder, "Commissioner for Human Rights") { Category = StakeholderCategory.Nhri },
        new(PenalCode, NodeKind.Law, "Penal Code") { Year = 2015, Country = "RUR", Aliases = ["2015 Penal Code"], Curated = true, Why = "Merged: the \"2015 Penal Code\" is the Penal Code." },
        new(Refugees, NodeKind.Law, "Law \"On Refugees\"") { Year = 2009, Country = "RUR", Aliases = ["Refugee Law"] },
        new(Media, NodeKind.Law, "Law \"On Mass Media\"") { Year = 1999, Country = "RUR" },
        new(NgoLaw, NodeKind.Law, "Law on Non-Governmental Organizations") { Country = "RUR", Proposed = true },
        new(Article130, NodeKind.Article, "article 130") { Law = PenalCode, Number = "130", Country = "RUR" },
        new(Article174, NodeKind.Article, "article 174") { Law = PenalCode, Number = "174", Country = "RUR" },
        new(Article12, NodeKind.Article, "article 12") { Law = Refugees, Number = "12", Country = "RUR" },
        new(Opcat, NodeKind.Treaty, "Optional Protocol to the Convention against Torture") { Aliases = ["OPCAT"] },
        new(Expression, NodeKind.Issue, "Freedom of opinion and expression"),
        new(Asylum, NodeKind.Issue, "Refugees & asylum-seekers"),
    ];

    private static IEnumerable<GraphEdge> Structure()
    {
        var country = DocumentIds.Country("RUR");
        yield return Link(RelationTypes.Reviews, DocumentIds.Document(Symbol), country);
        yield return Link(RelationTypes.Reviews, DocumentIds.Document(EarlierSymbol), country);
        foreach (var law in new[] { PenalCode, Refugees, Media, NgoLaw })
        {
            yield return Link(RelationTypes.LawOf, law, country);
        }

        yield return Link(RelationTypes.PartOf, Article130, PenalCode);
        yield return Link(RelationTypes.PartOf, Article174, PenalCode);
        yield return Link(RelationTypes.PartOf, Article12, Refugees);
        yield return Link(RelationTypes.MemberOf, Clinic, Js4);
        foreach (var stakeholder in new[] { Ai, Hrw, Js4, Ombudsman })
        {
            yield return Link(RelationTypes.SubmittedTo, stakeholder, DocumentIds.Document(Symbol));
        }
    }

    private static IEnumerable<GraphEdge> Statements()
    {
        yield return Statement(RelationTypes.Criticizes, Ai, Article130, 12, TrickyEvidence, Expression) with { Footnotes = [31, 32], Sentence = 1 };
        yield return Statement(RelationTypes.Criticizes, Js4, PenalCode, 12, "JS4 stated that the Penal Code <criminalised> \"false information\".", Expression) with { Sentence = 2 };
        yield return Statement(RelationTypes.RecommendsRepealing, Hrw, Article174, 13, "HRW recommended repealing article 174 of the Penal Code.", Expression);
        yield return Statement(RelationTypes.RecommendsAmending, Js4, Article12, 20, "JS4 recommended amending article 12 of the Law \"On Refugees\".", Asylum) with
        {
            Curated = true, Why = "Added: the extractor missed it.",
        };
        yield return Statement(RelationTypes.Criticizes, Ombudsman, Refugees, 21, "The Commissioner made similar observations.", Asylum) with { Via = "similar-observations" };
        yield return Statement(RelationTypes.Criticizes, Ai, Media, 14, "AI noted that the Law \"On Mass Media\" allowed closing outlets & blogs.", Expression);
        yield return Statement(RelationTypes.Criticizes, Hrw, Media, 15, "HRW made similar observations.", Expression) with { Via = "similar-observations" };
        yield return Statement(RelationTypes.Criticizes, DocumentIds.Document(Symbol), Media, 16, "Ruritania was urged to review the Law \"On Mass Media\".", Expression) with { Unattributed = true, Cue = "urged" };
        yield return Statement(RelationTypes.RecommendsAdopting, Hrw, NgoLaw, 30, "HRW recommended adopting a law on non-governmental organizations.", null);
        yield return Statement(RelationTypes.RecommendsRatifying, Js4, Opcat, 2, "JS4 recommended ratifying OPCAT.", null) with { Footnotes = [] };
        yield return Statement(RelationTypes.Raises, Ai, Expression, 12, TrickyEvidence, Expression);
        yield return Statement(RelationTypes.Criticizes, Ai, Article130, 40, "AI noted that article 130 was used against peaceful protesters.", Expression, EarlierSymbol);
    }

    private static GraphEdge Link(string type, string source, string target) =>
        new(DocumentIds.Edge(type, source, target), type, source, target);

    private static GraphEdge Statement(string type, string source, string target, int paragraph, string evidence, string? issue, string symbol = Symbol) =>
        new(DocumentIds.Edge(type, source, target, symbol, paragraph), type, source, target)
        {
            Document = symbol, Paragraph = paragraph, Sentence = 1, Evidence = evidence, Footnotes = [paragraph + 10],
            Cue = evidence.Contains("recommended", StringComparison.Ordinal) ? "recommended" : "noted", Issue = issue,
        };
}
