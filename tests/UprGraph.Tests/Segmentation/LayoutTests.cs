using UprGraph.Segmentation;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Segmentation;

/// <summary>
/// One summary written in each text layout of the genre (Segmentation/Layouts/): every one gives its numbered
/// paragraphs 1..N, its headings and its annex, without warnings; one with broken numbering gets the warning.
/// </summary>
public class LayoutTests
{
    private static SegmentedDocument Segment(string file)
    {
        var path = RepositoryFiles.Output(Path.Combine("Segmentation", "Layouts", file));
        return DocumentSegmenter.Segment(new UprGraph.Reading.TextDocumentReader().Read(path));
    }

    private static string Text(SegmentedDocument document, int paragraph) => Assert.Single(document.Paragraphs, p => p.Number == paragraph).Text;

    [Theory]
    [InlineData("A-HRC-WG.6-37-NPL-3.blank-lines.txt", 6)]
    [InlineData("A-HRC-WG.6-29-GHA-3.line-per-line.txt", 5)]
    [InlineData("A-HRC-WG.6-48-URY-3.pdftotext-raw.txt", 5)]
    [InlineData("A-HRC-WG.6-51-MNG-3.paragraphs-run-together.txt", 8)]
    [InlineData("A-HRC-WG.6-1-TUN-3.first-cycle.txt", 7)]
    [InlineData("A-HRC-WG.6-15-GHA-3.second-cycle.txt", 7)]
    [InlineData("A-HRC-WG.6-30-KEN-3.number-without-stop.txt", 5)]
    [InlineData("A-HRC-WG.6-9-MLI-3.page-foot-notes.txt", 6)]
    [InlineData("A-HRC-WG.6-2-GTM-3.page-foot-notes-raw.txt", 4)]
    public void Finds_paragraphs_1_to_n_in_every_layout_without_warnings(string file, int paragraphs)
    {
        // Act
        var document = Segment(file);

        // Assert
        Assert.Equal(Enumerable.Range(1, paragraphs), document.Paragraphs.Select(p => p.Number));
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Reads_blank_line_pdf_text_with_its_indented_headings()
    {
        // Act
        var document = Segment("A-HRC-WG.6-37-NPL-3.blank-lines.txt");

        // Assert
        Assert.Equal("Equality and non-discrimination", document.Paragraphs[3].Issue!.Text);
        Assert.StartsWith("JS3 noted that the Caste-based Discrimination and Untouchability (Offence and Punishment) Act 2011", Text(document, 4), StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_page_furniture_that_falls_inside_a_paragraph()
    {
        // Act
        var document = Segment("A-HRC-WG.6-29-GHA-3.line-per-line.txt");

        // Assert
        Assert.Equal("JS1 noted that Ghana had not ratified the Second Optional Protocol to the International Covenant on Civil and Political Rights and recommended that Ghana ratify it.", Text(document, 2));
        Assert.Equal(["HRW", "JS1", "JS2"], document.Notes!.Stakeholders.Select(s => s.Abbreviation));
    }

    [Fact]
    public void Reads_pdftotext_raw_with_the_symbol_block_and_a_running_header_inside_paragraphs()
    {
        // Act
        var document = Segment("A-HRC-WG.6-48-URY-3.pdftotext-raw.txt");

        // Assert
        Assert.Equal("The INDDHH recommended that Uruguay adopt a law on the prevention of torture.", Text(document, 3));
        Assert.EndsWith("the Criminal Procedure Code of 2017 gave prosecutors excessive powers.", Text(document, 5), StringComparison.Ordinal);
        Assert.Contains("Escazú Agree-ment", Text(document, 4), StringComparison.Ordinal);
        Assert.Equal("JS2, para. 11.", document.Notes!.Footnotes[7]);
        Assert.Equal(("INDDHH", "National Human Rights Institution and Ombudsperson’s Office"), (document.Notes.Stakeholders[^1].Abbreviation, document.Notes.Stakeholders[^1].Name));
    }

    [Fact]
    public void Splits_paragraphs_a_converter_ran_into_one_line_and_reads_on_past_a_misplaced_notes_heading()
    {
        // Act
        var document = Segment("A-HRC-WG.6-51-MNG-3.paragraphs-run-together.txt");

        // Assert
        Assert.Equal("JS1 urged Mongolia to ratify the Escazu Agreement.", Text(document, 3));
        Assert.Equal("Human Rights Watch noted that the Law on Public Assembly had been used against herders protesting mining.", Text(document, 7));
        Assert.Equal("JS1 recommended that Mongolia amend the Law on Assembly.", Text(document, 8));
        Assert.Equal("AI, p. 5; JS1, para. 7; JS2, para. 9.", document.Notes!.Footnotes[8]);
    }

    [Fact]
    public void Pairs_a_stakeholder_list_laid_out_in_columns_in_order()
    {
        // Act
        var stakeholders = Segment("A-HRC-WG.6-51-MNG-3.paragraphs-run-together.txt").Notes!.Stakeholders;

        // Assert
        Assert.Equal(
            [("AI", "Amnesty International"), ("HRW", "Human Rights Watch"), ("JS1", "Joint Submission 1"), ("JS2", "Joint Submission 2")],
            stakeholders.Select(s => (s.Abbreviation, s.Name)));
        Assert.Equal(["Globe International Center"], stakeholders[2].Members);
    }

    [Fact]
    public void Reads_the_first_cycles_template()
    {
        // Act
        var document = Segment("A-HRC-WG.6-1-TUN-3.first-cycle.txt");

        // Assert
        Assert.Equal("Constitutional and legislative framework", document.Paragraphs[1].Issue!.Text);
        Assert.Equal("Right to life, liberty and security of the person", document.Paragraphs[5].Issue!.Text);
        Assert.Equal(
            [("AI", "Amnesty International"), ("AIHR", "Arab Institute for Human Rights"), ("HRW", "Human Rights Watch"), ("JS1", "Joint Submission 1"), ("LTDH", "Tunisian League for Human Rights")],
            document.Notes!.Stakeholders.Select(s => (s.Abbreviation, s.Name)));
        Assert.EndsWith("the Higher Committee on Human Rights and Fundamental Freedoms was not independent of the executive and did not comply with the Paris Principles, since its members were appointed by the President and its reports were not published.", Text(document, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_second_cycles_numbered_sub_headings_also_where_they_share_a_paragraphs_number()
    {
        // Act
        var document = Segment("A-HRC-WG.6-15-GHA-3.second-cycle.txt");

        // Assert
        Assert.Equal("Scope of international obligations", document.Paragraphs[0].Issue!.Text);
        Assert.Equal("Freedom of religion or belief, expression, association and peaceful assembly, and right to participate in public and political life", document.Paragraphs[5].Issue!.Text);
        Assert.Equal("Right to education", document.Paragraphs[6].Issue!.Text);
    }

    [Fact]
    public void Takes_a_number_that_lost_its_full_stop_for_the_paragraph_it_starts()
    {
        // Act
        var document = Segment("A-HRC-WG.6-30-KEN-3.number-without-stop.txt");

        // Assert
        Assert.Equal("HRW recommended that Kenya implement the Mental Health Act.", Text(document, 5));
    }

    [Fact]
    public void Warns_when_the_paragraphs_do_not_run_1_to_n()
    {
        // Act
        var document = Segment("A-HRC-WG.6-31-PER-3.broken-numbering.txt");

        // Assert
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("paragraph-sequence", warning.Code);
        Assert.Contains("paragraph 6 follows paragraph 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_the_notes_at_the_foot_of_each_page_out_of_the_text_as_the_annex()
    {
        // Act
        var document = Segment("A-HRC-WG.6-9-MLI-3.page-foot-notes.txt");

        // Assert
        Assert.Equal(
            [("AI", "Amnesty International"), ("HRW", "Human Rights Watch"), ("JS1", "Joint Submission 1")],
            document.Notes!.Stakeholders.Select(s => (s.Abbreviation, s.Name)));
        Assert.Equal(Enumerable.Range(1, 8), document.Notes.Footnotes.Keys.Order());
        Assert.Equal("JS1, p. 4; AI, p. 5.", document.Notes.Footnotes[4]);
        Assert.Equal("JS1 noted that the Press Law of 2000 provided prison terms for defamation of public officials, and that journalists had been detained under it in 2007.", Text(document, 3));
        Assert.Equal("Right to life, liberty and security of the person", document.Paragraphs[3].Issue!.Text);
    }

    [Fact]
    public void Takes_page_foot_notes_whose_numbers_stand_on_lines_of_their_own_out_of_the_text()
    {
        // Act
        var document = Segment("A-HRC-WG.6-2-GTM-3.page-foot-notes-raw.txt");

        // Assert: note 2, the abbreviations, opens no citation, but note 3 after it does.
        Assert.Equal(Enumerable.Range(1, 7), document.Notes!.Footnotes.Keys.Order());
        Assert.Equal("JS1, p. 4; AI, p. 5.", document.Notes.Footnotes[5]);
        Assert.Equal("HRW stated that the Law on Arms and Ammunition of 1989 allowed the private security companies to hold military weapons. It was recommended that Guatemala amend the Law on Arms and Ammunition.", Text(document, 2));
    }
}
