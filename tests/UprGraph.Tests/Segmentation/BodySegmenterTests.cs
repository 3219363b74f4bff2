using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class BodySegmenterTests
{
    private static List<Paragraph> Segment(string body) =>
        new BodySegmenter("gha.txt", new FootnoteMarks()).Segment(LineReader.Read(body));

    [Fact]
    public void Joins_wrapped_lines_into_numbered_paragraphs()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The present report was prepared pursuant to\nresolution 5/1.\n2. JS4 noted that the\nPenal Code was vague.\n");

        // Assert
        Assert.Equal([1, 2], paragraphs.Select(p => p.Number));
        Assert.Equal("JS4 noted that the Penal Code was vague.", paragraphs[1].Text);
    }

    [Fact]
    public void Takes_a_numbered_line_out_of_sequence_as_a_sub_heading()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. AI noted abuses.\n3. HRW noted torture.\n"
            + "C. Implementation of international human rights obligations\n1. Cross-cutting issues\n4. JS2 noted that the Labour Code excluded domestic workers.\n");

        // Assert
        var issue = Assert.Single(paragraphs, p => p.Number == 4).Headings;
        Assert.Equal([(HeadingLevel.Roman, "Background"), (HeadingLevel.Letter, "Implementation of international human rights obligations"), (HeadingLevel.Numbered, "Cross-cutting issues")],
            issue.Select(h => (h.Level, h.Text)));
    }

    [Fact]
    public void Starts_a_paragraph_at_the_expected_number_even_when_it_reads_like_a_heading()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. Amnesty International noted that\nthe Act was vague.\n");

        // Assert
        Assert.Equal([1, 2], paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Takes_a_short_capitalised_line_between_paragraphs_as_a_thematic_heading()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\nRight to health1\n2. JS5 noted that the Mental Health Act allowed forced treatment.\n");

        // Assert
        var issue = paragraphs[1].Issue;
        Assert.NotNull(issue);
        Assert.Equal((HeadingLevel.Thematic, "Right to health", (int?)1), (issue.Level, issue.Text, issue.Footnote));
    }

    [Fact]
    public void Does_not_take_a_wrapped_line_of_a_sentence_as_a_heading()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. JS5 noted that bloggers were prosecuted under the\nCriminal Code\nand the Media Act.\n3. AI noted abuses.\n");

        // Assert
        Assert.Equal("JS5 noted that bloggers were prosecuted under the Criminal Code and the Media Act.", paragraphs[1].Text);
        Assert.Equal([HeadingLevel.Roman], paragraphs[2].Headings.Select(h => h.Level));
    }

    [Fact]
    public void Continues_a_heading_over_a_line_break()
    {
        // Act
        var paragraphs = Segment("II. Information provided by stakeholders\nA. Scope of international obligations and cooperation with\n"
            + "international human rights mechanisms and bodies2\n1. JS1 recommended ratifying the CRPD.\n");

        // Assert
        var heading = paragraphs[0].Headings[^1];
        Assert.Equal("Scope of international obligations and cooperation with international human rights mechanisms and bodies", heading.Text);
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_word_broken_at_a_line_end()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. JS2 noted that journalists practised self-\ncensorship under the Media Act.\n");

        // Assert
        Assert.Equal("JS2 noted that journalists practised self-censorship under the Media Act.", paragraphs[1].Text);
    }

    [Fact]
    public void Points_a_sentence_that_starts_a_line_at_that_line()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. AI noted that the Act was\nvague.3\nHRW noted torture.4\n");

        // Assert
        var second = paragraphs[1].Sentences[1];
        Assert.Equal(("HRW noted torture.", 5, 1), (second.Text, second.Span.Line, second.Span.Column));
    }

    [Fact]
    public void Reads_a_thematic_heading_wrapped_over_two_lines()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. JS4 recommended that India enact legislation.\n"
            + "Administration of justice, including impunity, and the rule of\nlaw\n3. ICJ stated that section 43D(5) of the Act made bail\nvirtually unobtainable.37\n");

        // Assert
        Assert.Equal([1, 2, 3], paragraphs.Select(p => p.Number));
        Assert.Equal("Administration of justice, including impunity, and the rule of law", paragraphs[2].Issue?.Text);
        Assert.Equal("JS4 recommended that India enact legislation.", paragraphs[1].Text);
    }

    [Fact]
    public void Reads_a_numbered_heading_then_a_wrapped_thematic_heading()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. It recommended ensuring the protection of defenders.28\n2. Civil and political rights\n"
            + "Right to life, liberty and security of person, and freedom\nfrom torture\n3. JS10 reported that courts had imposed 144 death sentences.29\n");

        // Assert
        Assert.Equal([1, 2, 3], paragraphs.Select(p => p.Number));
        Assert.Equal([(HeadingLevel.Numbered, "Civil and political rights"), (HeadingLevel.Thematic, "Right to life, liberty and security of person, and freedom from torture")],
            paragraphs[2].Headings.Skip(1).Select(h => (h.Level, h.Text)));
    }

    [Fact]
    public void Reads_a_numbered_heading_longer_than_a_line_of_text()
    {
        // Act
        var paragraphs = Segment("I. Background\n1. The report.\n2. CRLDHT reported that passports had been refused.\n"
            + "6. Freedom of religion or belief, expression, association and peaceful assembly, and right to participate in public and political life\n"
            + "3. Alkarama reported that Circular No. 108 continued to be enforced.54\n");

        // Assert
        Assert.Equal([1, 2, 3], paragraphs.Select(p => p.Number));
        Assert.Equal("CRLDHT reported that passports had been refused.", paragraphs[1].Text);
    }

    [Fact]
    public void Starts_the_expected_paragraph_after_a_line_of_unknown_shape()
    {
        // Act: a line that is neither a heading nor a sentence's end runs on from paragraph 2; paragraph 3 is not lost to it.
        var paragraphs = Segment("I. Background\n1. The report.\n2. AI noted that the Act was vague.12\nsee overleaf\n3. HRW noted that the Code was used against journalists.13\n");

        // Assert
        Assert.Equal([1, 2, 3], paragraphs.Select(p => p.Number));
    }
}
