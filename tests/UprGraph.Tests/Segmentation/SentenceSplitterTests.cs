using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class SentenceSplitterTests
{
    private static List<Sentence> Split(string paragraph)
    {
        var (text, marks) = new FootnoteMarks().Strip(paragraph);
        return SentenceSplitter.Split(text, marks, offset => new SourceSpan("gha.txt", 1, offset + 1, offset, 0));
    }

    [Fact]
    public void Does_not_split_after_No_before_a_number()
    {
        // Act
        var sentences = Split("JS2 noted that Order No. 1079 of the Ministry of Justice restricted prison visits.1 AI noted abuses.2");

        // Assert
        Assert.Equal(["JS2 noted that Order No. 1079 of the Ministry of Justice restricted prison visits.", "AI noted abuses."], sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("The Act (art. 12) allowed detention without charge. It recommended amending it.1")]
    [InlineData("HRW referred to e.g. the Labour Code. It recommended amending it.1")]
    [InlineData("The report of Mr. Mensah was ignored. It recommended amending it.1")]
    [InlineData("JS1 cited p. 4 of the decision. It recommended amending it.1")]
    public void Does_not_split_after_an_abbreviation(string paragraph)
    {
        // Act
        var sentences = Split(paragraph);

        // Assert
        Assert.Equal(2, sentences.Count);
        Assert.Equal("It recommended amending it.", sentences[1].Text);
    }

    [Fact]
    public void Splits_at_a_footnote_mark_after_a_full_stop_and_gives_it_to_the_sentence_it_closes()
    {
        // Act
        var sentences = Split("The Code provided fines for protesters.1 Such cases increased. Freedom House made similar observations.2");

        // Assert
        Assert.Equal([[1], [], [2]], sentences.Select(s => s.Footnotes.ToArray()));
        Assert.Equal([true, false, true], sentences.Select(s => s.ClosesStatement));
    }

    [Fact]
    public void Keeps_a_mark_inside_a_sentence_without_closing_it()
    {
        // Act
        var sentence = Assert.Single(Split("The death penalty1, although not applied since 2008, remained in the Penal Code."));

        // Assert
        Assert.Equal([1], sentence.Footnotes);
        Assert.False(sentence.ClosesStatement);
    }

    [Fact]
    public void Splits_before_a_sentence_that_starts_with_a_number()
    {
        // Act
        var sentences = Split("JS3 noted that 212 cases were filed in 2019. 40 of them were dismissed.1");

        // Assert
        Assert.Equal(["JS3 noted that 212 cases were filed in 2019.", "40 of them were dismissed."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Numbers_sentences_from_one_and_keeps_where_each_starts()
    {
        // Act
        var sentences = Split("AI noted abuses.1 HRW noted torture.2");

        // Assert
        Assert.Equal([1, 2], sentences.Select(s => s.Index));
        Assert.Equal([1, 18], sentences.Select(s => s.Span.Column));
    }
}
