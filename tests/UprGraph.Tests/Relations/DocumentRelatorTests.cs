using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Relations;

/// <summary>Attribution rules end to end, on small summaries of Ghana written in the genre's layout.</summary>
public class DocumentRelatorTests
{
    private static readonly string[] s_annex =
    [
        "Civil society",
        "Individual submissions:",
        "AI Amnesty International, London, United Kingdom;",
        "CIVICUS CIVICUS: World Alliance for Citizen Participation, Johannesburg, South Africa;",
        "HRW Human Rights Watch, New York, USA;",
        "Joint submissions:",
        "JS2 Joint submission 2 submitted by: Ghana Coalition on the Rights of the Child, Accra,",
        "Ghana and Plan International, Woking, United Kingdom.",
    ];

    private static SummaryText Ghana() => new SummaryText("GHA", "Ghana", 42).Heading("B. National human rights framework");

    [Fact]
    public void Gives_a_sentence_without_a_source_to_the_latest_named_source_of_its_paragraph()
    {
        // Act
        var relations = Ghana()
            .Paragraph("Amnesty International (AI) noted that the Public Order Act required police permission for\n"
                + "meetings. The Act was used against opposition supporters. It recommended amending the Act.2")
            .Paragraph("HRW noted abuses by the police.3")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES AI -> Public Order Act @2", "RECOMMENDS_AMENDING AI -> Public Order Act @2"], relations.Lines);
    }

    [Fact]
    public void Keeps_one_relation_per_edge_of_a_paragraph_the_first_sentence_that_states_it()
    {
        // Act
        var relations = Ghana()
            .Paragraph("AI noted that the Public Order Act was used against protesters. AI noted that the Public Order Act\n"
                + "was used against journalists. AI noted that the Public Order Act was used against students.2")
            .Paragraph("AI noted that the Public Order Act was used against protesters.3")
            .Relate();

        // Assert: one CRITICIZES (and one RAISES) per paragraph, each from the first sentence that states it, as the graph keeps it
        var criticisms = relations.Extraction.Relations.Where(r => r.Type == Model.RelationTypes.Criticizes).ToList();
        Assert.Equal([(2, 1), (3, 1)], criticisms.Select(r => (r.Paragraph.Number, r.Sentence.Index)));
        Assert.Equal(2, relations.Extraction.Relations.Count(r => r.Type == Model.RelationTypes.Raises));
    }

    [Fact]
    public void Gives_a_joint_statement_to_each_stakeholder()
    {
        // Act
        var relations = Ghana()
            .Paragraph("Human Rights Watch (HRW), CIVICUS and Joint Submission 2 (JS2) noted that the Cybersecurity Act 2020\n"
                + "was used against journalists.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES CIVICUS -> Cybersecurity Act @2", "CRITICIZES HRW -> Cybersecurity Act @2", "CRITICIZES JS2 -> Cybersecurity Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Gives_similar_observations_the_statement_since_the_previous_footnote()
    {
        // Act
        var relations = Ghana()
            .Paragraph("AI noted that the Criminal Offences Act criminalized consensual same-sex relations.2 HRW noted that\n"
                + "the Labour Act excluded domestic workers from minimum wage protection.3 JS2 made similar observations.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Criminal Offences Act @2", "CRITICIZES HRW -> Labour Act @2", "CRITICIZES JS2 -> Labour Act @2 via similar-observations"],
            relations.Lines);
    }

    [Fact]
    public void Makes_similar_observations_the_latest_source_for_the_sentences_after_it()
    {
        // Act
        var relations = Ghana()
            .Paragraph("AI noted that the Criminal Offences Act criminalized consensual same-sex relations.2 JS2 made similar\n"
                + "observations and recommended repealing section 104 of the Act.3")
            .Relate();

        // Assert
        Assert.Contains("CRITICIZES JS2 -> Criminal Offences Act @2 via similar-observations", relations.Lines);
    }

    [Fact]
    public void Takes_according_to_as_a_named_source()
    {
        // Act
        var relations = Ghana()
            .Paragraph("According to CIVICUS, the Electronic Transactions Act was used against bloggers.2")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES CIVICUS -> Electronic Transactions Act @2"], relations.Lines);
    }

    [Fact]
    public void Leaves_a_passive_recommendation_unattributed_without_an_annex()
    {
        // Act
        var relations = Ghana()
            .Paragraph("Ghana was recommended to repeal section 104 of the Criminal Offences Act.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_REPEALING (none) -> article 104 (Criminal Offences Act) @2"], relations.Lines);
        Assert.All(relations.Extraction.Relations, r => Assert.True(r.Unattributed));
    }

    [Fact]
    public void Attributes_a_passive_recommendation_through_its_footnote_with_an_annex()
    {
        // Act
        var relations = Ghana()
            .Paragraph("Ghana was recommended to repeal section 104 of the Criminal Offences Act.2")
            .Notes([.. s_annex, "2 JS2, p. 4; HRW, p. 2."])
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_REPEALING HRW -> article 104 (Criminal Offences Act) @2 via footnote",
             "RECOMMENDS_REPEALING JS2 -> article 104 (Criminal Offences Act) @2 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Attributes_a_paragraph_that_names_no_source_through_its_footnote_with_an_annex()
    {
        // Act
        var relations = Ghana()
            .Paragraph("The Labour Act excluded domestic workers from minimum wage protection.2")
            .Notes([.. s_annex, "2 AI, p. 6."])
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES AI -> Labour Act @2 via footnote"], relations.Lines);
    }

    [Fact]
    public void Leaves_footnote_sources_out_when_the_option_is_off()
    {
        // Act
        var relations = Ghana()
            .Paragraph("The Labour Act excluded domestic workers from minimum wage protection.2")
            .Notes([.. s_annex, "2 AI, p. 6."])
            .Relate(new ExtractionOptions { AttributeFromFootnotes = false });

        // Assert
        Assert.Equal(["CRITICIZES (none) -> Labour Act @2"], relations.Lines);
    }

    [Fact]
    public void Does_not_carry_a_source_into_the_next_paragraph()
    {
        // Act
        var relations = Ghana()
            .Paragraph("HRW noted abuses by the police.2")
            .Paragraph("The Vagrancy Act was used against homeless people.3")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES (none) -> Vagrancy Act @3"], relations.Lines);
    }

    [Fact]
    public void Gives_each_article_of_a_list_its_own_relation()
    {
        // Act
        var relations = Ghana()
            .Paragraph("AI recommended repealing sections 207, 208 and 209 of the Criminal Offences Act.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_REPEALING AI -> article 207 (Criminal Offences Act) @2",
             "RECOMMENDS_REPEALING AI -> article 208 (Criminal Offences Act) @2",
             "RECOMMENDS_REPEALING AI -> article 209 (Criminal Offences Act) @2"],
            relations.Lines);
    }

    [Fact]
    public void Resolves_the_act_a_reference_points_back_to()
    {
        // Act
        var relations = Ghana()
            .Paragraph("HRW noted that the Criminal Offences Act criminalized consensual same-sex relations. It recommended\n"
                + "that Ghana amend the Act.2")
            .Relate();

        // Assert
        Assert.Contains("RECOMMENDS_AMENDING HRW -> Criminal Offences Act @2", relations.Lines);
    }

    [Fact]
    public void Recommends_adopting_the_act_a_stakeholder_proposes()
    {
        // Act
        var relations = Ghana()
            .Paragraph("JS2 recommended that Ghana adopt a law on affirmative action.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_ADOPTING JS2 -> law on affirmative action @2"], relations.Lines);
        Assert.True(Assert.Single(relations.Extraction.Laws).Proposed);
    }
}
