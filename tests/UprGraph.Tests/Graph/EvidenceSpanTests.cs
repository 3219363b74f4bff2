using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Graph;

/// <summary>Every extracted edge says how its source was found and where its act and cue stand in its evidence.</summary>
public class EvidenceSpanTests
{
    private static readonly Lazy<KnowledgeGraph> s_seed = new(() =>
        new ExtractionPipelineBuilder().Build().ExtractFile(RepositoryFiles.Path(RepositoryFiles.Seed)));

    private static IEnumerable<GraphEdge> Statements => s_seed.Value.Edges.Where(e => RelationTypes.Statements.Contains(e.Type));

    [Fact]
    public void Every_statement_says_how_its_source_was_found()
    {
        // Act
        var vias = Statements.Select(e => e.Via).Distinct().ToList();

        // Assert
        Assert.All(vias, v => Assert.Contains(v, Via.All));
        Assert.All(Statements, e => Assert.Equal(e.Unattributed, e.Via == Via.Unattributed));
        Assert.Contains(Via.Named, vias);
        Assert.Contains(Via.Continued, vias);
    }

    [Fact]
    public void The_cue_span_picks_the_cue_out_of_the_evidence()
    {
        // Act
        var spanned = Statements.Where(e => e.CueSpan.Count == 2).ToList();

        // Assert
        Assert.True(spanned.Count > 50, $"only {spanned.Count} statements have a cue span");
        Assert.All(spanned, e => Assert.Equal(e.Cue, e.Evidence!.Substring(e.CueSpan[0], e.CueSpan[1])));
    }

    [Fact]
    public void The_act_span_picks_the_target_out_of_the_evidence()
    {
        // Arrange
        var graph = s_seed.Value;

        // Act
        var spanned = Statements.Where(e => e.ActSpan.Count == 2).ToList();

        // Assert
        Assert.True(spanned.Count > 50, $"only {spanned.Count} statements have an act span");
        Assert.All(spanned, e =>
        {
            var text = e.Evidence!.Substring(e.ActSpan[0], e.ActSpan[1]);
            var target = graph[e.Target];
            if (target.Kind == NodeKind.Article)
            {
                Assert.Contains(target.Number!, text, StringComparison.Ordinal);
                return;
            }

            var names = target.Aliases.Append(target.Name).ToList();
            // A span may be a reference ("the 2018 Law") or a joint name ("Criminal and Administrative Codes"): it shares a word with a name.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w != "the");
            Assert.True(words.Any(w => names.Any(n => n.Contains(w, StringComparison.OrdinalIgnoreCase))),
                $"{e.Id}: act span \"{text}\" shares no word with {string.Join(", ", names)}");
        });
    }
}
