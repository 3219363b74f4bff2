using UprGraph.Export.Report;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Tests.Report;

public class ReportWriterTests
{
    [Fact]
    public void Writes_the_sample_report_as_approved()
    {
        // Act
        var markdown = new ReportWriter().WriteToString(SampleGraph.Build());

        // Assert
        Approved.Equal("sample.report.md", markdown);
    }

    [Fact]
    public void Writes_the_sample_html_report_as_approved()
    {
        // Act
        var html = new HtmlReportWriter().WriteToString(SampleGraph.Build());

        // Assert
        Approved.Equal("sample.report.html", html);
    }

    [Fact]
    public void Counts_statements_per_issue_from_raises_edges_and_headings_once_each()
    {
        // Act
        var issues = ReportStatistics.Issues(SampleGraph.Build());

        // Assert: 4 statements under the expression heading; 3 on refugees (RAISES, amending, the unattributed one).
        Assert.Equal(
            [(SampleGraph.Expression, 4, 2), (SampleGraph.Refugees, 3, 1)],
            issues.Select(i => (i.Issue.Id, i.Statements, i.Stakeholders)));
    }

    [Fact]
    public void Adds_a_section_per_document_when_the_graph_has_several()
    {
        // Arrange
        var builder = new KnowledgeGraphBuilder().AddGraph(SampleGraph.Build());
        builder.AddNode(new GraphNode("doc:A/HRC/WG.6/27/RUR/3", NodeKind.Document, "Summary 2017") { Symbol = "A/HRC/WG.6/27/RUR/3", Country = "RUR", Session = 27 });

        // Act
        var report = new ReportBuilder().Build(builder.Build());

        // Assert
        Assert.Equal("UprGraph report", report.Title);
        Assert.Contains(report.Sections, s => s.Level == 2 && s.Title == "A/HRC/WG.6/27/RUR/3 (Ruritania, session 27)");
        Assert.Contains(report.Sections, s => s.Level == 2 && s.Title == "A/HRC/WG.6/40/RUR/3 (Ruritania, session 40)");
    }

    [Fact]
    public void Escapes_markdown_in_names()
    {
        // Act
        var text = MarkdownText.Escape("Law *On* <Rights> | [1]_x\u0007");

        // Assert
        Assert.Equal("Law \\*On\\* \\<Rights\\> \\| \\[1\\]\\_x\uFFFD", text);
    }
}
