using UprGraph.Model;
using UprGraph.Relations;

namespace UprGraph.Tests.Relations;

public class ParagraphStatementsTests
{
    [Fact]
    public void Gives_the_statements_of_a_range_of_sentences_as_type_act_and_cue()
    {
        // Arrange: three sentences, the third repeating the first
        var act = new Target("law:x", NodeKind.Law, 10, 20);
        var statements = new ParagraphStatements();
        statements.Add([new Statement(RelationTypes.Criticizes, "law:x", "restricted") { CueAt = 30, Act = act }]);
        statements.Add([]);
        statements.Add([new Statement(RelationTypes.Criticizes, "law:x", "restricted") { CueAt = 5, Act = act }, new Statement(RelationTypes.RecommendsRepealing, "law:x", "repeal")]);

        // Act
        var all = statements.Of(0, 3).ToList();
        var last = statements.Of(2, 1).ToList();

        // Assert
        Assert.Equal([(RelationTypes.Criticizes, "restricted"), (RelationTypes.Criticizes, "restricted"), (RelationTypes.RecommendsRepealing, "repeal")], all.Select(s => (s.Type, s.Cue)));
        Assert.All(all, s => Assert.Equal((null, -1), (s.Act, s.CueAt)));
        Assert.Same(all[0], all[1]);
        Assert.Equal(2, last.Count);
        Assert.Empty(statements.Of(1, 1));
        Assert.Equal(3, statements.Of(0, 10).Count());
        Assert.Empty(statements.Of(3, 1));
    }
}
