using UprGraph.Model;
using UprGraph.Relations;

namespace UprGraph.Tests.Relations;

public class StatementClassifierTests
{
    private static Target At(string sentence, string text, NodeKind kind, string id, string? lawId = null, bool proposed = false)
    {
        var offset = sentence.IndexOf(text, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{text}' is not in the sentence.");
        return new Target(id, kind, offset, offset + text.Length) { LawId = lawId, Proposed = proposed };
    }

    private static List<string> Classify(string sentence, params Target[] targets) =>
        ExtractionRules.Default.Statements.Classify(sentence, targets).Select(s => $"{s.Type} {s.TargetId}").ToList();

    [Theory]
    [InlineData("HRW noted that the Media Law gave the regulator excessive powers.")]
    [InlineData("JS3 stated that the Media Law was used against journalists.")]
    [InlineData("AI noted that the Media Law did not protect sources.")]
    [InlineData("Despite the Media Law, journalists were prosecuted.")]
    public void Takes_a_stated_problem_with_an_act_as_criticism(string sentence)
    {
        // Act
        var statements = Classify(sentence, At(sentence, "Media Law", NodeKind.Law, "law:media"));

        // Assert
        Assert.Equal(["CRITICIZES law:media"], statements);
    }

    [Theory]
    [InlineData("JS2 noted that the Law on Legal Aid gave children a right to free counsel.")]
    [InlineData("The Law on Legal Aid entered into force in 2020.")]
    public void Does_not_take_a_neutral_mention_as_criticism(string sentence)
    {
        // Act
        var statements = Classify(sentence, At(sentence, "Law on Legal Aid", NodeKind.Law, "law:legal-aid"));

        // Assert
        Assert.Empty(statements);
    }

    [Theory]
    [InlineData("AI recommended amending the Law on Assemblies.", RelationTypes.RecommendsAmending)]
    [InlineData("JS1 recommended that Armenia bring the Law on Assemblies into line with international standards.", RelationTypes.RecommendsAmending)]
    [InlineData("HRW urged the authorities to review the Law on Assemblies.", RelationTypes.RecommendsAmending)]
    [InlineData("It recommended that the Law on Assemblies be revised.", RelationTypes.RecommendsAmending)]
    [InlineData("CIVICUS recommended repealing the Law on Assemblies.", RelationTypes.RecommendsRepealing)]
    [InlineData("Armenia was recommended to abolish the Law on Assemblies.", RelationTypes.RecommendsRepealing)]
    public void Types_a_recommendation_on_an_act_in_force_by_its_verb(string sentence, string type)
    {
        // Act
        var statements = Classify(sentence, At(sentence, "Law on Assemblies", NodeKind.Law, "law:assemblies"));

        // Assert
        Assert.Equal([$"{type} law:assemblies"], statements);
    }

    [Fact]
    public void Takes_adopting_a_proposed_act_as_recommends_adopting()
    {
        // Arrange
        const string sentence = "JS5 recommended adopting a law on domestic violence.";

        // Act
        var statements = Classify(sentence, At(sentence, "law on domestic violence", NodeKind.Law, "law:proposed", proposed: true));

        // Assert
        Assert.Equal(["RECOMMENDS_ADOPTING law:proposed"], statements);
    }

    [Fact]
    public void Takes_ratifying_a_treaty_as_recommends_ratifying()
    {
        // Arrange
        const string sentence = "AI recommended ratifying the Istanbul Convention.";

        // Act
        var statements = Classify(sentence, At(sentence, "Istanbul Convention", NodeKind.Treaty, "treaty:istanbul"));

        // Assert
        Assert.Equal(["RECOMMENDS_RATIFYING treaty:istanbul"], statements);
    }

    [Fact]
    public void Does_not_recommend_amending_or_criticising_a_treaty()
    {
        // Arrange
        const string sentence = "HRW recommended amending the Penal Code to bring it in line with the Convention against Torture.";

        // Act
        var statements = Classify(sentence,
            At(sentence, "Penal Code", NodeKind.Law, "law:penal"),
            At(sentence, "Convention against Torture", NodeKind.Treaty, "treaty:cat"));

        // Assert
        Assert.Equal(["RECOMMENDS_AMENDING law:penal"], statements);
    }

    [Fact]
    public void Does_not_recommend_ratifying_an_act()
    {
        // Arrange
        const string sentence = "JS4 recommended ratifying the Labour Code.";

        // Act
        var statements = Classify(sentence, At(sentence, "Labour Code", NodeKind.Law, "law:labour"));

        // Assert
        Assert.Empty(statements);
    }

    [Fact]
    public void Gives_the_statement_to_the_article_and_not_also_to_its_law()
    {
        // Arrange
        const string sentence = "JS2 noted that article 301 of the Penal Code was vague.";

        // Act
        var statements = Classify(sentence,
            At(sentence, "article 301", NodeKind.Article, "article:penal/301", lawId: "law:penal"),
            At(sentence, "Penal Code", NodeKind.Law, "law:penal"));

        // Assert
        Assert.Equal(["CRITICIZES article:penal/301"], statements);
    }

    [Fact]
    public void Takes_a_violation_stated_inside_a_recommendation_as_criticism()
    {
        // Arrange
        const string sentence = "JS7 recommended revising the Law on the Prosecutor’s Office granting prosecutors powers in violation of the equality of arms.";

        // Act
        var statements = Classify(sentence, At(sentence, "Law on the Prosecutor’s Office", NodeKind.Law, "law:prosecutors"));

        // Assert
        Assert.Equal(["RECOMMENDS_AMENDING law:prosecutors", "CRITICIZES law:prosecutors"], statements);
    }

    [Fact]
    public void Does_not_take_a_recommendation_alone_as_criticism()
    {
        // Arrange
        const string sentence = "It recommended that Armenia amend the Electoral Code to allow independent candidates.";

        // Act
        var statements = Classify(sentence, At(sentence, "Electoral Code", NodeKind.Law, "law:electoral"));

        // Assert
        Assert.Equal(["RECOMMENDS_AMENDING law:electoral"], statements);
    }

    [Fact]
    public void Takes_an_act_that_needs_amendment_as_recommends_amending_and_as_criticism()
    {
        // Arrange
        const string sentence = "The Ombudsman noted that the Mental Health Act needed to be aligned with the CRPD.";

        // Act
        var statements = Classify(sentence,
            At(sentence, "Mental Health Act", NodeKind.Law, "law:mental-health"),
            At(sentence, "CRPD", NodeKind.Treaty, "treaty:crpd"));

        // Assert
        Assert.Equal(["RECOMMENDS_AMENDING law:mental-health", "CRITICIZES law:mental-health"], statements);
    }

    [Fact]
    public void Takes_an_act_that_should_be_amended_as_a_recommendation_only()
    {
        // Arrange
        const string sentence = "JS6 stated that the Public Order Act should be amended.";

        // Act
        var statements = Classify(sentence, At(sentence, "Public Order Act", NodeKind.Law, "law:public-order"));

        // Assert
        Assert.Equal(["RECOMMENDS_AMENDING law:public-order"], statements);
    }
}
