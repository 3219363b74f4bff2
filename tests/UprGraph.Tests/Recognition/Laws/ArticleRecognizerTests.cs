using UprGraph.Recognition;
using UprGraph.Recognition.Laws;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Recognition.Laws;

public class ArticleRecognizerTests
{
    public static TheoryData<int, string, string> Cases => SpecFile.Cases("Recognition/Laws/Specs/articles.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_numbered_articles(int line, string sentence, string expected)
    {
        // Act
        var articles = new ArticleRecognizer().Recognize(sentence).Where(m => m.Kind == MentionKind.Article).ToList();

        // Assert
        var actual = articles.Count == 0 ? "none"
            : string.Join(", ", articles.Select(a => a.Number)) + " | " + Where(articles[0]);
        Assert.True(expected == actual, $"line {line}: {sentence}\n  expected: {expected}\n  actual:   {actual}");
    }

    [Fact]
    public void Points_at_the_law_named_after_the_article()
    {
        // Arrange
        const string sentence = "JS4 noted that article 130 of the 2015 Penal Code was vague.";

        // Act
        var article = Assert.Single(new ArticleRecognizer().Recognize(sentence));

        // Assert
        Assert.Equal("article 130", article.Text);
        Assert.StartsWith("2015 Penal Code", sentence[article.LawOffset!.Value..], StringComparison.Ordinal);
    }

    [Fact]
    public void Points_at_the_end_of_the_law_named_before_the_article()
    {
        // Arrange
        const string sentence = "HRW noted that the Penal Code, section 377, criminalized same-sex relations.";

        // Act
        var article = Assert.Single(new ArticleRecognizer().Recognize(sentence));

        // Assert
        Assert.EndsWith("Penal Code", sentence[..article.LawEnd!.Value], StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_each_article_of_a_list_its_own_mention()
    {
        // Act
        var articles = new ArticleRecognizer().Recognize("AI noted that articles 207, 208 and 209 of the Penal Code criminalized insult.");

        // Assert
        Assert.Equal(["article 207", "article 208", "article 209"], articles.Select(a => a.Name));
    }

    [Fact]
    public void Recognizes_this_article_as_a_reference()
    {
        // Act
        var mention = Assert.Single(new ArticleRecognizer().Recognize("This Article was used against peaceful protesters."));

        // Assert
        Assert.Equal(MentionKind.ArticleReference, mention.Kind);
    }

    private static string Where(Mention article) => article.LawOffset is not null ? "after" : article.LawEnd is not null ? "before" : "-";
}
