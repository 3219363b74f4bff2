using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.DevDocs;

/// <summary>
/// The two development documents of ../shared/dev-docs: Barbados 2017, one line break per line with page
/// footers, and Slovenia 2024, pdftotext -raw with form feeds and note numbers on their own lines. Both carry the
/// Notes annex, so stakeholders come out with full names, joint submissions with members, and unsourced statements
/// with the sources of their footnote.
/// </summary>
public class DevDocumentTests
{
    private static readonly Lazy<KnowledgeGraph> s_barbados = new(() => Extract("A-HRC-WG.6-29-BRB-3.txt"));
    private static readonly Lazy<KnowledgeGraph> s_slovenia = new(() => Extract("A-HRC-WG.6-48-SVN-3.txt"));

    private static KnowledgeGraph Extract(string file) =>
        new ExtractionPipelineBuilder().Build().ExtractFile(SharedFiles.Path(Path.Combine("dev-docs", file)));

    private static GraphNode Stakeholder(KnowledgeGraph graph, string abbreviation) =>
        Assert.Single(graph.NodesOf(NodeKind.Stakeholder), n => n.Abbreviation == abbreviation);

    private static List<string> Members(KnowledgeGraph graph, string abbreviation) =>
        graph.InEdges(Stakeholder(graph, abbreviation).Id).Where(e => e.Type == RelationTypes.MemberOf)
            .Select(e => graph[e.Source].Name).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("CRIN", "Child Rights International Network")]
    [InlineData("GIEACPC", "Global Initiative to End All Corporal Punishment of Children")]
    [InlineData("IAAGB", "I Am A Girl Barbados")]
    [InlineData("LIL", "Life In Leggings: Caribbean Alliance Against Gender-based Violence Through Education, Empowerment & Community Outreach")]
    public void Names_barbados_annex_stakeholders_in_full(string abbreviation, string name)
    {
        // Act
        var stakeholder = Stakeholder(s_barbados.Value, abbreviation);

        // Assert
        Assert.Equal((name, StakeholderCategory.Ngo), (stakeholder.Name, stakeholder.Category));
    }

    [Fact]
    public void Reads_the_members_of_barbados_joint_submissions()
    {
        // Act
        var graph = s_barbados.Value;

        // Assert
        Assert.Equal(["Advocates for Human Rights", "Greater Caribbean for Life", "World Coalition against the Death Penalty"], Members(graph, "JS1"));
        Assert.Equal(["ARC International", "EQUALS", "Eastern Caribbean Alliance for Diversity and Equality"], Members(graph, "JS3"));
        Assert.Equal(["Global Campaign for Equal Nationality Rights", "Institute on Statelessness and Inclusion"], Members(graph, "JS4"));
        Assert.Equal(StakeholderCategory.JointSubmission, Stakeholder(graph, "JS1").Category);
    }

    [Fact]
    public void Names_slovenias_ombudsman_as_its_national_human_rights_institution()
    {
        // Act
        var ombudsman = Stakeholder(s_slovenia.Value, "Ombudsman/HRORS");

        // Assert
        Assert.Equal(("Human Rights Ombudsman of the Republic of Slovenia", StakeholderCategory.Nhri), (ombudsman.Name, ombudsman.Category));
    }

    [Theory]
    [InlineData("CoE-ECRI", "European Commission against Racism and Intolerance")]
    [InlineData("CoE-GRETA", "Group of Experts on Action against Trafficking in Human Beings")]
    [InlineData("OSCE/ODIHR", "Office for Democratic Institutions and Human Rights/Organization for Security and Co-operation in Europe")]
    public void Names_slovenias_intergovernmental_sources_from_the_annex(string abbreviation, string name)
    {
        // Act
        var stakeholder = Stakeholder(s_slovenia.Value, abbreviation);

        // Assert
        Assert.Equal((name, StakeholderCategory.Intergovernmental), (stakeholder.Name, stakeholder.Category));
    }

    [Fact]
    public void Reads_the_members_of_slovenias_joint_submissions()
    {
        // Act
        var members = Members(s_slovenia.Value, "JS2");

        // Assert
        Assert.Equal(["Institute for Contemporary Social and Political Studies", "Legal Center for the Protection of Human Rights and the Environment"], members);
    }

    [Fact]
    public void Attributes_an_unsourced_statement_of_the_nhri_section_through_its_footnote()
    {
        // Arrange
        var graph = s_slovenia.Value;
        var ombudsman = Stakeholder(graph, "Ombudsman/HRORS");

        // Act
        var edge = Assert.Single(graph.EdgesOf(RelationTypes.Criticizes), e => e.Paragraph == 17);

        // Assert
        Assert.Equal((ombudsman.Id, "Act on Local Self-Government", "footnote", false), (edge.Source, graph[edge.Target].Name, edge.Via, edge.Unattributed));
        Assert.Equal([20], edge.Footnotes);
    }

    [Fact]
    public void Finds_no_relation_without_a_source_in_slovenia()
    {
        // Act
        var unattributed = s_slovenia.Value.Edges.Where(e => e.Unattributed).Select(e => $"{e.Type} -> {e.Target} @{e.Paragraph}").ToList();

        // Assert
        Assert.Empty(unattributed);
    }
}
