using Microsoft.Playwright;
using UprGraph.Export.Report;
using UprGraph.Graph;

namespace UprGraph.Browser.Tests;

/// <summary>
/// report.html of the seed opened in headless Chromium as a reader would: a law's statements open on demand and show
/// the stakeholder, relation, document and paragraph, the sentence with the act and the cue marked, footnotes and via;
/// and the page asks for nothing beyond itself.
/// </summary>
public sealed class ReportPageTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("upr-graph-report-").FullName;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync() => (_playwright, _browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Expanding_the_top_law_shows_its_statements_with_act_and_cue_marked_and_no_request_leaves_the_page()
    {
        // Arrange: the seed's report, and what the graph says of its most criticised law
        var graph = new ExtractionPipelineBuilder().Build().ExtractFile(Path.Combine(RepoRoot.Path, "seeds", "A-HRC-WG.6-34-KAZ-3.txt"));
        var file = Path.Combine(_folder, "report.html");
        new HtmlReportWriter().WriteFile(graph, file);
        var top = GraphRankings.TopLaws(graph)[0];
        var statements = ReportEvidence.Of(graph, top.Node);
        var marked = statements.First(HasApartSpans);
        var page = await _browser!.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var url = new Uri(file).AbsoluteUri;
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var law = page.Locator("details.evidence").First;
        Assert.False(await law.Locator("li.statement").First.IsVisibleAsync());

        // Act
        await law.Locator("summary").ClickAsync();

        // Assert: every statement shows, in the order of the text, with the marks of its spans
        var items = law.Locator("li.statement");
        Assert.Equal(statements.Count, await items.CountAsync());
        Assert.True(await items.First.IsVisibleAsync());
        var index = statements.ToList().IndexOf(marked);
        var item = items.Nth(index);
        Assert.Equal(marked.Stakeholder ?? "no named source", await item.Locator("span.who").InnerTextAsync());
        Assert.Equal(marked.Relation, await item.Locator("span.relation").InnerTextAsync());
        Assert.Contains($"{marked.Document}, paragraph {marked.Paragraph}", await item.Locator("span.where").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(marked.Evidence, await item.Locator("blockquote.sentence").InnerTextAsync());
        Assert.Equal(marked.Evidence.Substring(marked.ActSpan[0], marked.ActSpan[1]), await item.Locator("mark.act").InnerTextAsync());
        Assert.Equal(marked.Evidence.Substring(marked.CueSpan[0], marked.CueSpan[1]), await item.Locator("mark.cue").InnerTextAsync());
        Assert.Equal(marked.Via, await item.Locator("span.via").InnerTextAsync());
        if (marked.Footnotes.Count > 0)
        {
            Assert.Contains(string.Join(", ", marked.Footnotes), await item.Locator("span.footnotes").InnerTextAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("Kazakhstan", await page.Locator("table").Nth(1).Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal([url], requests);
    }

    /// <summary>A statement whose act and cue are both known and do not overlap, so both are marked.</summary>
    private static bool HasApartSpans(ReportStatement s) =>
        s.ActSpan.Count == 2 && s.CueSpan.Count == 2
        && (s.ActSpan[0] + s.ActSpan[1] <= s.CueSpan[0] || s.CueSpan[0] + s.CueSpan[1] <= s.ActSpan[0]);
}
