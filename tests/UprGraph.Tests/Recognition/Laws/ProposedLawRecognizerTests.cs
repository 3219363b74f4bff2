using UprGraph.Recognition.Laws;

namespace UprGraph.Tests.Recognition.Laws;

public class ProposedLawRecognizerTests
{
    [Theory]
    [InlineData("JS2 recommended that Ghana adopt comprehensive anti-discrimination legislation.", "comprehensive anti-discrimination legislation")]
    [InlineData("AI recommended adopting a new law on freedom of assembly which would comply with international standards.", "law on freedom of assembly")]
    [InlineData("JS6 recommended that the Government develop and adopt a law on domestic violence as a matter of priority.", "law on domestic violence")]
    [InlineData("CRIN recommended introducing legislation to criminalize marital rape, and ensure its enforcement.", "legislation to criminalize marital rape")]
    [InlineData("HRW recommended passing a specific law on the rights of persons with disabilities and to repeal the Vagrancy Act.", "specific law on the rights of persons with disabilities")]
    public void Names_the_act_a_recommendation_asks_to_adopt_with_the_texts_words(string sentence, string name)
    {
        // Act
        var mention = Assert.Single(new ProposedLawRecognizer().Recognize(sentence));

        // Assert
        Assert.Equal(name, mention.Name);
        Assert.True(mention.Proposed);
    }

    [Fact]
    public void Keeps_new_as_an_alias()
    {
        // Act
        var mention = Assert.Single(new ProposedLawRecognizer().Recognize("AI recommended adopting a new law on freedom of assembly."));

        // Assert
        Assert.Equal(["new law on freedom of assembly"], mention.Aliases);
    }

    [Theory]
    [InlineData("Jamaica was recommended to adopt legislation.")]
    [InlineData("JS1 recommended enacting a law.")]
    [InlineData("AI recommended that Jamaica ratify the Convention on the Rights of the Child.")]
    public void Finds_no_act_where_the_recommendation_names_none(string sentence)
    {
        // Act
        var mentions = new ProposedLawRecognizer().Recognize(sentence);

        // Assert
        Assert.Empty(mentions);
    }
}
