using UprGraph.Graph;

namespace UprGraph.Tests.Graph;

public class EvidenceWindowTests
{
    [Fact]
    public void Keeps_a_sentence_of_the_genre_whole_with_its_spans()
    {
        // Arrange
        const string sentence = "JS4 noted that article 130 of the 2015 Penal Code was vague.";

        // Act
        var (evidence, act, cue) = EvidenceWindow.Of(sentence, [15, 11], [55, 5]);

        // Assert
        Assert.Same(sentence, evidence);
        Assert.Equal([15, 11], act);
        Assert.Equal([55, 5], cue);
    }

    [Fact]
    public void Cuts_a_run_together_sentence_to_2000_characters_around_its_act_and_cue()
    {
        // Arrange: the act and its cue deep inside 30,000 characters
        var filler = string.Concat(Enumerable.Repeat("the Code of Administrative Offences was cited, ", 300));
        var sentence = filler + "the Law on Peaceful Assemblies was restrictive, " + filler;
        var actAt = filler.Length + 4;
        var cueAt = filler.Length + 35;

        // Act
        var (evidence, act, cue) = EvidenceWindow.Of(sentence, [actAt, 26], [cueAt, 11]);

        // Assert
        Assert.Equal(2000, evidence.Length);
        Assert.Contains(evidence, sentence, StringComparison.Ordinal);
        Assert.Equal("Law on Peaceful Assemblies", evidence.Substring(act[0], act[1]));
        Assert.Equal("restrictive", evidence.Substring(cue[0], cue[1]));
    }

    [Fact]
    public void Drops_a_span_that_falls_outside_the_window()
    {
        // Arrange: the cue 10,000 characters after the act
        var sentence = "Ghana's Criminal Offences Act " + new string('x', 10_000) + " was criticised " + new string('y', 10_000);

        // Act
        var (evidence, act, cue) = EvidenceWindow.Of(sentence, [8, 22], [10_031, 10]);

        // Assert
        Assert.StartsWith("Ghana's Criminal Offences Act", evidence, StringComparison.Ordinal);
        Assert.Equal([8, 22], act);
        Assert.Empty(cue);
    }

    [Fact]
    public void Starts_at_the_sentence_when_it_has_no_spans()
    {
        // Arrange
        var sentence = new string('z', 5000);

        // Act
        var (evidence, act, cue) = EvidenceWindow.Of(sentence, [], []);

        // Assert
        Assert.Equal(sentence[..2000], evidence);
        Assert.Empty(act);
        Assert.Empty(cue);
    }
}
