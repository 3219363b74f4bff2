using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Relations;

/// <summary>
/// The genre's rules of acts, attribution and cues, each on a small summary written in the genre's phrasing for
/// another country than the development documents.
/// </summary>
public class GenreRulesTests
{
    private static readonly string[] s_annex =
    [
        "Civil society",
        "Individual submissions:",
        "AI Amnesty International, London, United Kingdom;",
        "HRW Human Rights Watch, New York, USA;",
        "CIVICUS CIVICUS: World Alliance for Citizen Participation, Johannesburg, South Africa;",
        "Joint submissions:",
        "JS1 Joint submission 1 submitted by: Kenya Human Rights Commission, Nairobi, Kenya;",
        "JS2 Joint submission 2 submitted by: Legal Resources Foundation, Nairobi, Kenya and",
        "Defenders Coalition, Nairobi, Kenya.",
    ];

    private static SummaryText Kenya() => new SummaryText("KEN", "Kenya", 35).Heading("B. National human rights framework");

    [Fact]
    public void Takes_a_numbered_act_with_and_without_its_year_suffix_for_one_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that Law No. 4.112/2019 on Public Meetings restricted peaceful assemblies.2 It recommended\n"
                + "repealing Law No. 4.112/19.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> Law No. 4.112/2019 on Public Meetings @2",
             "RECOMMENDS_REPEALING JS1 -> Law No. 4.112/2019 on Public Meetings @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_a_name_in_brackets_after_an_act_for_the_same_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW stated that Act No. 9210 (the Sedition Act) was used against bloggers.2")
            .Paragraph("AI recommended that Kenya repeal the Sedition Act.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Act No. 9210 @2",
             "RECOMMENDS_REPEALING AI -> Act No. 9210 @3"],
            relations.Lines);
        Assert.Contains("Sedition Act", Assert.Single(relations.Extraction.Laws).Aliases);
    }

    [Fact]
    public void Leaves_the_states_adjective_out_of_an_acts_identity()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI noted that the Kenyan Penal Code criminalized same-sex relations.2")
            .Paragraph("HRW recommended amending the Penal Code.3")
            .Relate();

        // Assert
        Assert.Single(relations.Extraction.Laws);
    }

    [Fact]
    public void Recognises_a_bill_named_by_its_subject_as_a_draft_that_can_be_criticised_and_adopted()
    {
        // Act
        var relations = Kenya()
            .Paragraph("CIVICUS stated that the bill on the regulation of public benefit organizations would restrict their funding.2")
            .Paragraph("JS2 recommended the adoption of a bill on the protection of whistle-blowers.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES CIVICUS -> bill on the regulation of public benefit organizations @2",
             "RECOMMENDS_ADOPTING JS2 -> bill on the protection of whistle-blowers @3"],
            relations.Lines);
        Assert.All(relations.Extraction.Laws, l => Assert.True(l.Draft));
    }

    [Fact]
    public void States_no_criticism_of_a_bill_whose_progress_is_delayed()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI regretted that a bill to abolish the death penalty was still pending before Parliament.2")
            .Relate();

        // Assert
        Assert.Empty(relations.Lines);
    }

    [Fact]
    public void Names_two_bills_where_a_sentence_says_another()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that a bill to ban cash transfers and another to dissolve the Gender Commission posed a risk to women's rights.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> bill to ban cash transfers @2",
             "CRITICIZES JS1 -> bill to dissolve the Gender Commission @2"],
            relations.Lines);
    }

    [Fact]
    public void Recognises_an_act_named_after_a_subject_word_in_lower_case()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW noted that the government's media law allowed the suspension of newspapers.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> media law @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_the_law_on_a_subject_for_an_act_only_when_a_recommendation_asks_to_amend_it()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI noted that Kenya continued to apply the law on death penalty.2")
            .Paragraph("JS2 recommended reforming the law on conscientious objection.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_AMENDING JS2 -> law on conscientious objection @3"],
            relations.Lines);
        Assert.Equal("law on conscientious objection", Assert.Single(relations.Extraction.Laws).Name);
    }

    [Fact]
    public void Attributes_a_number_of_communications_through_the_closing_footnote()
    {
        // Act
        var relations = Kenya()
            .Paragraph("A number of communications noted that the Public Order Act imposed restrictions on assemblies.2")
            .Notes([.. s_annex, "2 AI, para. 4; JS1, p. 3; and JS2, para. 9. See also HRW, p. 2."])
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Public Order Act @2 via footnote",
             "CRITICIZES JS1 -> Public Order Act @2 via footnote",
             "CRITICIZES JS2 -> Public Order Act @2 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Gives_each_part_of_a_sentence_the_sources_of_the_footnote_that_closes_it()
    {
        // Act
        var relations = Kenya()
            .Paragraph("Several submissions recommended repealing the Vagrancy Act;2 amending the Public Order Act;3 and adopting a law on access to information.4")
            .Notes([.. s_annex, "2 AI, p. 1.", "3 HRW, p. 2; JS1, p. 4.", "4 CIVICUS, p. 5."])
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_ADOPTING CIVICUS -> law on access to information @2 via footnote",
             "RECOMMENDS_AMENDING HRW -> Public Order Act @2 via footnote",
             "RECOMMENDS_AMENDING JS1 -> Public Order Act @2 via footnote",
             "RECOMMENDS_REPEALING AI -> Vagrancy Act @2 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Takes_see_also_entries_only_where_a_counted_source_falls_short()
    {
        // Act
        var relations = Kenya()
            .Paragraph("Two submissions stated that the Cybercrimes Act was used against journalists.2")
            .Paragraph("Several submissions stated that the Refugees Act was not implemented.3")
            .Notes([.. s_annex, "2 HRW, p. 3. See also CIVICUS, para. 5; AI, p. 2.", "3 JS1, p. 2. See also AI, p. 6."])
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES CIVICUS -> Cybercrimes Act @2 via footnote",
             "CRITICIZES HRW -> Cybercrimes Act @2 via footnote",
             "CRITICIZES JS1 -> Refugees Act @3 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Attributes_it_was_noted_and_concern_was_expressed_through_the_footnote()
    {
        // Act
        var relations = Kenya()
            .Paragraph("It was noted that the Prevention of Terrorism Act allowed detention without charge.2 Concern was also\n"
                + "expressed that the Computer Misuse Act criminalized criticism of officials.3")
            .Notes([.. s_annex, "2 HRW, p. 5.", "3 AI, p. 3."])
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Computer Misuse Act @2 via footnote",
             "CRITICIZES HRW -> Prevention of Terrorism Act @2 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Lets_a_named_subject_win_over_the_footnote()
    {
        // Act
        var relations = Kenya()
            .Paragraph("However, according to HRW, the Public Order Act was used to disperse peaceful protests.2")
            .Notes([.. s_annex, "2 AI, p. 3; HRW, p. 1."])
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Public Order Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Does_not_fan_a_list_of_treaties_out_to_stakeholders_their_footnotes_do_not_cite()
    {
        // Act
        var relations = Kenya()
            .Paragraph("Kenya was recommended to ratify the Convention on the Rights of Persons with Disabilities,2 the\n"
                + "Rome Statute of the International Criminal Court3 and the Convention relating to the Status of Stateless Persons.4")
            .Notes([.. s_annex, "2 AI, p. 1.", "3 HRW, p. 2.", "4 JS2, p. 3."])
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_RATIFYING AI -> Convention on the Rights of Persons with Disabilities @2 via footnote",
             "RECOMMENDS_RATIFYING HRW -> Rome Statute of the International Criminal Court @2 via footnote",
             "RECOMMENDS_RATIFYING JS2 -> Convention relating to the Status of Stateless Persons @2 via footnote"],
            relations.Lines);
    }

    [Fact]
    public void Gives_repeal_or_amend_both_recommendations()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 recommended repealing or amending the Public Order Act.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_AMENDING JS1 -> Public Order Act @2",
             "RECOMMENDS_REPEALING JS1 -> Public Order Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_repealing_provisions_of_an_act_as_amending_it_and_a_named_article_as_repealing_it()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended repealing the discriminatory provisions of the Marriage Act.2")
            .Paragraph("HRW noted that section 162 of the Penal Code criminalized same-sex relations.3 HRW recommended repealing\n"
                + "the provisions of the Penal Code.4")
            .Relate();

        // Assert
        Assert.Contains("RECOMMENDS_AMENDING AI -> Marriage Act @2", relations.Lines);
        Assert.Contains("RECOMMENDS_REPEALING HRW -> article 162 (Penal Code) @3", relations.Lines);
        Assert.DoesNotContain("RECOMMENDS_REPEALING AI -> Marriage Act @2", relations.Lines);
    }

    [Fact]
    public void Gives_an_action_on_it_to_the_act_or_treaty_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI welcomed the signing of the Optional Protocol to the Convention against Torture and recommended ratifying it.2")
            .Paragraph("HRW regretted the delay in adopting the bill on the protection of domestic workers and recommended that it be adopted.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_ADOPTING HRW -> bill on the protection of domestic workers @3",
             "RECOMMENDS_RATIFYING AI -> Optional Protocol to the Convention against Torture @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_an_act_named_by_the_initials_of_another_for_that_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that the SOA Law was poorly implemented.2")
            .Paragraph("JS2 noted that the Law on Sexual Offences Amendments (SOA Law) lacked a definition of marital rape.3")
            .Relate();

        // Assert
        Assert.Single(relations.Extraction.Laws);
        Assert.Equal(
            ["CRITICIZES JS1 -> Law on Sexual Offences Amendments @2",
             "CRITICIZES JS2 -> Law on Sexual Offences Amendments @3"],
            relations.Lines);
    }

    [Fact]
    public void States_no_criticism_of_an_act_the_state_enacted_when_the_problem_is_in_another_clause()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 acknowledged that Kenya enacted the Access to Information Act in 2016, but journalists continued to face threats.2")
            .Relate();

        // Assert
        Assert.Empty(relations.Lines);
    }

    [Fact]
    public void Adopts_legal_frameworks_and_laws_named_in_the_plural_but_not_a_bare_framework()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 recommended adopting a legal framework for the protection of internally displaced persons.2")
            .Paragraph("AI recommended adopting tough laws to punish perpetrators of femicide.3")
            .Paragraph("HRW recommended developing a framework for the protection of journalists.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_ADOPTING AI -> tough laws to punish perpetrators of femicide @3",
             "RECOMMENDS_ADOPTING JS2 -> legal framework for the protection of internally displaced persons @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_one_proposal_named_in_two_wordings_for_one_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 recommended adopting legislation prohibiting all forms of discrimination.2")
            .Paragraph("JS1 recommended adopting legislation against all forms of discrimination.3")
            .Relate();

        // Assert
        Assert.True(Assert.Single(relations.Extraction.Laws).Proposed);
    }

    [Fact]
    public void States_no_problem_with_a_word_of_the_acts_own_name()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 noted that the Prevention of Torture Act was adopted in 2017.2")
            .Relate();

        // Assert
        Assert.Empty(relations.Lines);
    }

    [Fact]
    public void Takes_a_recommendation_to_repeal_the_provisions_of_the_act_named_before_as_amending_it()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Penal Code still criminalizes consensual same-sex relations, and recommended that the provisions be repealed.2")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES JS1 -> Penal Code @2", "RECOMMENDS_AMENDING JS1 -> Penal Code @2"], relations.Lines);
    }

    [Fact]
    public void Names_the_optional_protocol_of_the_convention_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended that Kenya ratify the Convention on the Rights of Persons with Disabilities and its Optional Protocol.2")
            .Relate();

        // Assert
        Assert.Contains("RECOMMENDS_RATIFYING AI -> Optional Protocol to the Convention on the Rights of Persons with Disabilities @2", relations.Lines);
    }

    [Fact]
    public void Takes_a_constitutions_charter_of_rights_for_a_domestic_act_and_a_regional_charter_for_a_treaty()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 noted that the Charter of Fundamental Rights excluded sexual orientation from the prohibited grounds.2 It\n"
                + "recommended that Kenya ratify the African Charter on the Rights and Welfare of the Child.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS2 -> Charter of Fundamental Rights @2",
             "RECOMMENDS_RATIFYING JS2 -> African Charter on the Rights and Welfare of the Child @2"],
            relations.Lines);
    }

    [Fact]
    public void Looks_for_the_problem_in_the_clause_of_the_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW reported that the Bail Act allowed prolonged detention and that the Jury Act was under review.2")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES HRW -> Bail Act @2"], relations.Lines);
    }

    [Fact]
    public void Takes_an_act_numbered_in_roman_numerals_with_its_subject_for_the_act_named_by_that_subject()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 recommended that Kenya amend Act CXXV of 2003 on Equal Treatment.2")
            .Paragraph("HRW recommended that the authorities bring the Equal Treatment Act into line with international standards.3\n"
                + "AI noted that Act XX of 2020 restricted the rights of transgender persons.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Act XX of 2020 @3",
             "RECOMMENDS_AMENDING HRW -> Act CXXV of 2003 on Equal Treatment @3",
             "RECOMMENDS_AMENDING JS1 -> Act CXXV of 2003 on Equal Treatment @2"],
            relations.Lines);
    }

    [Fact]
    public void Gives_the_statement_of_similar_observations_concerning_another_act_that_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW recommended that Kenya bring the Refugee Act into line with international standards.2 AI made\n"
                + "similar observations concerning the Penal Code.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_AMENDING AI -> Penal Code @2 via similar-observations",
             "RECOMMENDS_AMENDING HRW -> Refugee Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_it_in_a_recommendation_that_names_no_act_for_the_act_of_the_sentence_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("According to JS2, the Public Order Act permitted the police to ban demonstrations.2 JS2 recommended that it be\n"
                + "amended.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS2 -> Public Order Act @2",
             "RECOMMENDS_AMENDING JS2 -> Public Order Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_the_provision_in_a_recommendation_that_names_no_act_for_the_article_of_the_sentence_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI reported that section 23 of the Computer Misuse Act had been used against bloggers.2 It recommended that\n"
                + "the provision be repealed.3")
            .Paragraph("HRW noted that the Public Order Act restricted assemblies.4 It recommended that the provisions be repealed.5")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> article 23 (Computer Misuse Act) @2",
             "CRITICIZES HRW -> Public Order Act @3",
             "RECOMMENDS_AMENDING HRW -> Public Order Act @3",
             "RECOMMENDS_REPEALING AI -> article 23 (Computer Misuse Act) @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_the_draft_for_the_draft_act_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI noted that the draft Anti-Terrorism Proclamation contained an overly broad definition of terrorism.2 AI\n"
                + "recommended that the draft be revised.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Anti-Terrorism Proclamation @2",
             "RECOMMENDS_AMENDING AI -> Anti-Terrorism Proclamation @2"],
            relations.Lines);
        Assert.True(Assert.Single(relations.Extraction.Laws).Draft);
    }

    [Fact]
    public void Reads_a_proposal_whose_subject_starts_with_an_adverb()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW recommended that Kenya enact legislation explicitly prohibiting corporal punishment in the family.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_ADOPTING HRW -> legislation explicitly prohibiting corporal punishment in the family @2"], relations.Lines);
    }

    [Fact]
    public void Takes_a_popular_name_in_quotes_before_law_for_an_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 called for the repeal of the so-called “foreign agents” law.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_REPEALING JS1 -> “foreign agents” law @2"], relations.Lines);
    }

    [Fact]
    public void Gives_the_articles_after_its_the_act_before_them()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 stated that the Penal Code, in particular its articles 174 and 175, was used to prosecute activists.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS2 -> article 174 (Penal Code) @2",
             "CRITICIZES JS2 -> article 175 (Penal Code) @2"],
            relations.Lines);
    }

    [Fact]
    public void Ends_a_title_case_subject_at_its_purpose_clause()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 recommended that Kenya amend the Law on Children to extend its protection to all persons below the age of 18.2")
            .Paragraph("HRW noted that neither the Law on Advocacy nor the Law on Marriage and Family explicitly prohibited corporal punishment.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Law on Advocacy @3",
             "CRITICIZES HRW -> Law on Marriage and Family @3",
             "RECOMMENDS_AMENDING JS2 -> Law on Children @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void States_no_criticism_in_a_sentence_of_approval_before_its_contrast()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI welcomed the 2021 amendment to article 242 of the Penal Code, which had increased the penalties for female genital mutilation.2")
            .Paragraph("HRW welcomed the Basic Education Act, 2013, but noted that the Children Act still permitted corporal punishment.3")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES HRW -> Children Act @3"], relations.Lines);
    }

    [Fact]
    public void Takes_an_abbreviation_defined_after_an_acts_citation_year()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI stated that the Citizenship (Amendment) Act, 2019 (CAA) discriminated on the basis of religion.2 JS1 recommended repealing the CAA.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Citizenship (Amendment) Act @2",
             "RECOMMENDS_REPEALING JS1 -> Citizenship (Amendment) Act @2"],
            relations.Lines);
    }

    [Fact]
    public void Takes_a_name_in_brackets_after_an_amendment_note_or_a_lower_case_title_for_the_same_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI noted that Law No. 2003-75 on support for efforts to combat terrorism and prevent money-laundering (the Anti-Terrorism Law) was vague.2"
                + " HRW stated that the Law on Freedom of Conscience, as amended in 2002 (Religion Law), prohibited unregistered worship.3")
            .Paragraph("JS1 recommended repealing the Anti-Terrorism Law and amending the Religion Law.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Law No. 2003-75 on support for efforts to combat terrorism @2",
             "CRITICIZES HRW -> Law on Freedom of Conscience @2",
             "RECOMMENDS_AMENDING JS1 -> Law on Freedom of Conscience @3",
             "RECOMMENDS_REPEALING JS1 -> Law No. 2003-75 on support for efforts to combat terrorism @3"],
            relations.Lines.Order());
    }

    [Fact]
    public void Finds_an_articles_act_by_the_abbreviation_the_document_defined()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI stated that the Turkish Penal Code (TPC) was used against journalists.2")
            .Paragraph("JS1 stated that article 299 of the TPC, which criminalized insulting the President, was used against cartoonists.3 JS1 recommended repealing articles 299 and 301 of the TPC.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Turkish Penal Code @2",
             "CRITICIZES JS1 -> article 299 (Turkish Penal Code) @3",
             "RECOMMENDS_REPEALING JS1 -> article 299 (Turkish Penal Code) @3",
             "RECOMMENDS_REPEALING JS1 -> article 301 (Turkish Penal Code) @3"],
            relations.Lines.Order());
    }

    [Fact]
    public void Keeps_the_draft_of_an_act_apart_from_the_act_in_force_and_refers_to_it_as_the_draft()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI expressed concern that the draft Code of Criminal Procedure retained long periods of pretrial detention.2"
                + " AI recommended that the draft Code be revised.3")
            .Paragraph("HRW stated that the Code of Criminal Procedure of 1950 was used against protesters.4")
            .Relate();

        // Assert: two acts; AI's statements go to the draft, HRW's to the Code in force.
        var draft = Assert.Single(relations.Extraction.Laws, l => l.Draft);
        var inForce = Assert.Single(relations.Extraction.Laws, l => !l.Draft);
        Assert.Contains("draft Code of Criminal Procedure", draft.Aliases);
        Assert.Equal(
            [("CRITICIZES", "AI", draft.Id, 2), ("CRITICIZES", "HRW", inForce.Id, 3), ("RECOMMENDS_AMENDING", "AI", draft.Id, 2)],
            relations.Extraction.Relations.Where(r => r.Type != "RAISES").Select(r => (r.Type, r.SourceId.Split(':')[^1].ToUpperInvariant(), r.TargetId, r.Paragraph.Number)).Order());
    }

    [Fact]
    public void Takes_the_repeal_of_part_of_an_act_or_article_for_its_amendment()
    {
        // Act
        var relations = Kenya()
            .Paragraph("GIEACPC recommended that Kenya repeal the reference to the authority to discipline in article 232 of the Penal Code.2")
            .Paragraph("Forum 18 recommended that Kenya abolish the requirement of compulsory state registration in the Religion Act.3")
            .Paragraph("HRW stated that article 19 of the Media Act allowed blocking.4 CPJ recommended repealing the provisions of the Media Act that permitted the blocking of websites.5")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> article 19 (Media Act) @4",
             "RECOMMENDS_AMENDING CPJ -> Media Act @4",
             "RECOMMENDS_AMENDING Forum 18 -> Religion Act @3",
             "RECOMMENDS_AMENDING GIEACPC -> article 232 (Penal Code) @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Gives_no_statement_to_an_act_named_as_the_measure_of_another()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 recommended amending the NGO Act in line with article 75 of the Constitution.2")
            .Paragraph("HRW stated that the Persons with Disabilities Act had not been aligned with the Constitution.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Persons with Disabilities Act @3",
             "RECOMMENDS_AMENDING JS2 -> NGO Act @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Reads_a_passive_recommendation_of_an_article_and_of_a_bill()
    {
        // Act
        var relations = Kenya()
            .Paragraph("CNLT recommended that article 41 of the Constitution be amended so as to limit such immunity.2")
            .Paragraph("FIDA-Kenya noted that the Protection against Domestic Violence Bill had been pending since 2012.3 It recommended that the Bill be enacted without further delay.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_ADOPTING FIDA-Kenya -> Protection against Domestic Violence Bill @3",
             "RECOMMENDS_AMENDING CNLT -> article 41 (Constitution) @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_shorter_title_that_agrees_with_an_act_named_before_for_that_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW stated that, under Organic Law No. 59-154 of 7 November 1959 on associations, registration was refused to human rights organizations.2"
                + " HRW recommended that Kenya amend the Law on Associations to provide for a simple notification procedure.3")
            .Paragraph("L4L stated that the Law on Advocacy and Advocate Activity placed the bar under the control of the Ministry.4 L4L recommended that Kenya amend the Law on Advocacy.5")
            .Relate();

        // Assert
        Assert.Equal(2, relations.Extraction.Laws.Count);
        Assert.Equal(
            ["CRITICIZES HRW -> Organic Law No. 59-154 on associations @2",
             "CRITICIZES L4L -> Law on Advocacy and Advocate Activity @3",
             "RECOMMENDS_AMENDING HRW -> Organic Law No. 59-154 on associations @2",
             "RECOMMENDS_AMENDING L4L -> Law on Advocacy and Advocate Activity @3"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_the_convention_for_the_treaty_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI noted that Kenya had signed the Convention against Torture in 2015.2 HRW recommended that Kenya ratify the Convention.3")
            .Paragraph("JS1 recommended that Kenya ratify the Covenant.4")
            .Relate();

        // Assert: "the Covenant" names no treaty before it.
        Assert.Equal(["RECOMMENDS_RATIFYING HRW -> Convention against Torture @2"], relations.Lines);
    }

    [Fact]
    public void Reads_removing_a_penalty_from_a_bill_as_amending_it_and_an_approving_pronoun_sentence_as_no_criticism()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 expressed concern that the Criminal Laws (Amendment) Bill would punish victims for false complaints.2 It recommended that Parliament remove the penalty for false complaints from the Bill.3")
            .Paragraph("JS2 noted that the Anti-Terrorism Act, 1997 (ATA) allowed preventive detention.4 It welcomed the Narcotic Substances Act, which had abolished the death penalty.5 HRW noted that ATA courts continued to try children.6")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> Criminal Laws (Amendment) Bill @2",
             "CRITICIZES JS2 -> Anti-Terrorism Act @3",
             "RECOMMENDS_AMENDING JS1 -> Criminal Laws (Amendment) Bill @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_its_repeal_for_the_article_just_named_and_no_act_after_refrain_from()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS4 stated that section 23(3) of the Constitution exempted personal law from the prohibition of discrimination, and recommended its repeal.2")
            .Paragraph("JS2 recommended that Kenya repeal section 145 of the Penal Code Act and refrain from reintroducing the Anti-Homosexuality Act.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_REPEALING JS2 -> article 145 (Penal Code Act) @3",
             "RECOMMENDS_REPEALING JS4 -> article 23(3) (Constitution) @2"],
            relations.Lines.Order().Where(l => !l.StartsWith("CRITICIZES", StringComparison.Ordinal)));
    }

    [Fact]
    public void Takes_this_section_for_the_article_the_paragraph_named_and_nothing_else()
    {
        // Act
        var relations = Kenya()
            .Paragraph("BNWLA stated that section 155 (4) of the Evidence Act permitted the defence to impeach a rape complainant, and recommended that this section be repealed.2")
            .Paragraph("HRW recommended that this provision be repealed.3")
            .Relate();

        // Assert: the second paragraph names no article of its own.
        Assert.Equal(
            ["RECOMMENDS_REPEALING BNWLA -> article 155 (4) (Evidence Act) @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Keeps_apart_acts_whose_plain_numbers_are_numbers_in_different_years()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that Law No. 11 of 2008 on Electronic Information and Transactions was used against journalists.2")
            .Paragraph("JS2 stated that Law No. 11 of 2020 on Job Creation had been adopted without consultation and restricted workers' rights.3")
            .Relate();

        // Assert
        Assert.Equal(2, relations.Extraction.Laws.Count);
    }

    [Fact]
    public void Reads_a_need_further_on_as_the_recommendation_of_the_act_that_is_its_subject()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS7 stated that the Persons with Disabilities Act No. 28 of 1996 reflected a medical model of disability and needed to be brought into line with the Convention.2")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS7 -> Persons with Disabilities Act No. 28 of 1996 @2",
             "RECOMMENDS_AMENDING JS7 -> Persons with Disabilities Act No. 28 of 1996 @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Keys_an_act_numbered_after_a_qualified_head_by_its_number()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Anti-Torture Act of 2009 (Republic Act No. 9745) had never been applied.2")
            .Paragraph("HRW stated that Republic Act No. 6981 did not protect witnesses who testified against State agents.3")
            .Paragraph("AI expressed concern about Presidential Decree No. UP-3993 of 1 May 2008.4")
            .Relate();

        // Assert: two Republic Acts, two acts; the bracketed number names the act before it.
        Assert.Equal(
            ["CRITICIZES AI -> Presidential Decree No. UP-3993 @4",
             "CRITICIZES HRW -> Republic Act No. 6981 @3",
             "CRITICIZES JS1 -> Anti-Torture Act @2"],
            relations.Lines.Order());
        Assert.Contains("Republic Act No. 9745", Assert.Single(relations.Extraction.Laws, l => l.Name == "Anti-Torture Act").Aliases);
    }

    [Fact]
    public void Takes_a_short_numbered_name_for_the_act_whose_long_name_ends_in_it()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Human Rights Commission Establishment Proclamation No. 210/2000 did not guarantee the Commission's independence.2 It recommended amending Proclamation No. 210/2000.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> Human Rights Commission Establishment Proclamation No. 210/2000 @2",
             "RECOMMENDS_AMENDING JS1 -> Human Rights Commission Establishment Proclamation No. 210/2000 @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Gives_a_similar_recommendation_with_regard_to_a_treaty_that_treaty()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended that Kenya ratify the Convention on the Rights of Persons with Disabilities.2 HRW made a\n"
                + "similar recommendation with regard to ILO Convention No. 189.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_RATIFYING AI -> Convention on the Rights of Persons with Disabilities @2",
             "RECOMMENDS_RATIFYING HRW -> ILO Convention No. 189 @2 via similar-observations"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_treatys_articles_for_no_treaty_to_ratify()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended that Kenya ratify the Optional Protocol to the Convention against Torture and make the declarations\n"
                + "provided for in articles 21 and 22 of the Convention against Torture.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_RATIFYING AI -> Optional Protocol to the Convention against Torture @2"], relations.Lines);
    }

    [Fact]
    public void Reads_a_title_before_a_lower_case_bill_as_a_bill()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 recommended that Parliament pass the Freedom of Information bill.2 HRW stated that the Security\n"
                + "Laws bill (SL bill) would allow detention without charge.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Security Laws Bill @2",
             "RECOMMENDS_ADOPTING JS1 -> Freedom of Information Bill @2"],
            relations.Lines.Order());
        Assert.All(relations.Extraction.Laws, l => Assert.True(l.Draft));
    }

    [Fact]
    public void Takes_a_prohibition_of_a_harm_for_a_protection_and_not_a_problem()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that the Persons with Disabilities Act of 2003 prohibited discrimination on the grounds of disability.2")
            .Paragraph("AI stated that the Public Order Act allowed the police to ban assemblies on vague grounds.3")
            .Paragraph("JS2 stated that, although the Children Act prohibited corporal punishment, it remained widespread in schools.4")
            .Relate();

        // Assert: a ban of assemblies is a restriction; a prohibition stated with "although" still leaves the problem after it.
        Assert.Equal(
            ["CRITICIZES AI -> Public Order Act @3",
             "CRITICIZES JS2 -> Children Act @4"],
            relations.Lines.Order());
    }

    [Fact]
    public void Reads_titles_with_against_to_and_a_comma_before_for()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Constitutional Law against Hatred, for Peaceful Coexistence and Tolerance had been used to prosecute\n"
                + "journalists.2 It recommended repealing the Law against Hatred.3")
            .Paragraph("AI stated that, despite the Special Law to Prevent and Punish Torture, torture continued in detention.4")
            .Paragraph("HRW expressed concern at Administrative Ruling No. 001-2021 of the Ministry of Interior.5")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Special Law to Prevent and Punish Torture @3",
             "CRITICIZES HRW -> Administrative Ruling No. 001-2021 of the Ministry of Interior @4",
             "CRITICIZES JS1 -> Constitutional Law against Hatred, for Peaceful Coexistence and Tolerance @2",
             "RECOMMENDS_REPEALING JS1 -> Constitutional Law against Hatred, for Peaceful Coexistence and Tolerance @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_numbered_acts_name_without_its_number_for_that_act_unless_it_names_a_form()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Crime Prevention Law No. 7 of 1954 allowed governors to detain persons without charge.2 It\n"
                + "recommended that the Crime Prevention Law be repealed.3")
            .Paragraph("HRW noted that the Law on Societies No. 51 of 2008 restricted the funding of associations.4 It recommended that the\n"
                + "Law on Societies be amended.5")
            .Paragraph("AI stated that Presidential Decree No. 12 of 2001 restricted the press.6 JS2 stated that the body had been established by\n"
                + "Presidential Decree in 1996 and lacked independence.7")
            .Relate();

        // Assert: "Presidential Decree" without its number is not Presidential Decree No. 12.
        Assert.Contains("CRITICIZES JS1 -> Crime Prevention Law No. 7 of 1954 @2", relations.Lines);
        Assert.Contains("RECOMMENDS_REPEALING JS1 -> Crime Prevention Law No. 7 of 1954 @2", relations.Lines);
        Assert.Contains("RECOMMENDS_AMENDING HRW -> Law on Societies No. 51 of 2008 @3", relations.Lines);
        Assert.DoesNotContain(relations.Lines, l => l.StartsWith("CRITICIZES JS2 -> Presidential Decree No. 12", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_both_verbs_of_a_pair_with_an_adverb_or_a_pronoun()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended that Kenya repeal or substantially amend the Prevention of Terrorism Act.2")
            .Paragraph("JS1 recommended that Kenya repeal the Public Order Act or bring it into line with international standards.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_AMENDING AI -> Prevention of Terrorism Act @2",
             "RECOMMENDS_AMENDING JS1 -> Public Order Act @3",
             "RECOMMENDS_REPEALING AI -> Prevention of Terrorism Act @2",
             "RECOMMENDS_REPEALING JS1 -> Public Order Act @3"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_these_laws_for_every_act_the_sentence_before_named()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW noted that the Public Order Act and the Prevention of Terrorism Act were under review.2 It recommended that Kenya\n"
                + "revise these laws in line with its obligations.3")
            .Paragraph("JS1 stated that the Freedom of Information Bill and the Data Protection Bill had been pending since 2010.4 It recommended\n"
                + "that Parliament proceed with the enactment of these bills.5")
            .Relate();

        // Assert
        Assert.Equal(
            ["RECOMMENDS_ADOPTING JS1 -> Data Protection Bill @3",
             "RECOMMENDS_ADOPTING JS1 -> Freedom of Information Bill @3",
             "RECOMMENDS_AMENDING HRW -> Prevention of Terrorism Act @2",
             "RECOMMENDS_AMENDING HRW -> Public Order Act @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_an_act_the_state_lacks_for_no_act_in_force()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that the country lacked a law on access to public information.2 It recommended that Kenya adopt a law on\n"
                + "access to public information.3")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_ADOPTING JS1 -> law on access to public information @2"], relations.Lines);
    }

    [Fact]
    public void Reads_a_draft_regulation_on_a_subject_as_a_draft_act()
    {
        // Act
        var relations = Kenya()
            .Paragraph("HRW recommended that Kenya adopt without delay the draft regulation on domestic workers.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_ADOPTING HRW -> draft regulation on domestic workers @2"], relations.Lines);
        Assert.True(Assert.Single(relations.Extraction.Laws).Draft);
    }

    [Fact]
    public void Takes_a_treatys_abbreviation_in_brackets_for_that_treaty_later()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI recommended that Kenya ratify the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or\n"
                + "Degrading Treatment or Punishment (OP-CAT).2 HRW also recommended ratifying OP-CAT.3")
            .Relate();

        // Assert
        Assert.Single(relations.Extraction.Treaties);
        Assert.Equal(2, relations.Lines.Count);
    }

    [Fact]
    public void Takes_a_listed_abbreviation_with_a_footnote_mark_glued_to_it_for_that_stakeholder()
    {
        // Act
        var relations = Kenya()
            .Paragraph("AI2 and JS23 stated that the Public Order Act allowed the police to disperse peaceful assemblies by force.4")
            .Notes([.. s_annex, "2 AI, p. 1.", "3 JS2, p. 2.", "4 AI, p. 3; JS2, p. 4."])
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES AI -> Public Order Act @2",
             "CRITICIZES JS2 -> Public Order Act @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_the_purpose_of_a_recommended_change_for_no_criticism()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 recommended that Kenya amend the Citizenship Act to remove all provisions that discriminated against women.2")
            .Paragraph("AI recommended that the Army Act be amended in order to ensure that all human rights violations were tried by civilian courts.3")
            .Paragraph("HRW recommended repealing article 12 of the Penal Code, which discriminated against women.4")
            .Relate();

        // Assert: a problem said of the act itself, in a relative clause, still is one.
        Assert.Equal(
            ["CRITICIZES HRW -> article 12 (Penal Code) @4",
             "RECOMMENDS_AMENDING AI -> Army Act @3",
             "RECOMMENDS_AMENDING JS1 -> Citizenship Act @2",
             "RECOMMENDS_REPEALING HRW -> article 12 (Penal Code) @4"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_accede_to_it_for_the_treaty_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that Kenya was not a party to the Convention relating to the Status of Stateless Persons and urged the\n"
                + "Government to accede to it.2")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_RATIFYING JS1 -> Convention relating to the Status of Stateless Persons @2"], relations.Lines);
    }

    [Fact]
    public void Takes_the_title_of_a_numbered_law_before_its_head_for_that_law()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that Law No. 11 of 2020 on Job Creation had been adopted without consultation.2")
            .Paragraph("AI recommended that Kenya review the Job Creation Law.3")
            .Relate();

        // Assert
        Assert.Single(relations.Extraction.Laws);
        Assert.Contains("RECOMMENDS_AMENDING AI -> Law No. 11 of 2020 on Job Creation @3", relations.Lines);
    }

    [Fact]
    public void Takes_similar_concerns_expressed_by_a_source_for_its_similar_observations()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 expressed concern that the Public Order Act restricted peaceful assemblies.2 Similar concerns were expressed by\n"
                + "HRW.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> Public Order Act @2 via similar-observations",
             "CRITICIZES JS1 -> Public Order Act @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_the_latter_for_the_last_treaty_named_before()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 noted that Kenya had ratified the Convention on the Rights of the Child but had only signed the International\n"
                + "Convention for the Protection of All Persons from Enforced Disappearance.2 It recommended that Kenya ratify the latter.3")
            .Relate();

        // Assert
        Assert.Equal(["RECOMMENDS_RATIFYING JS1 -> International Convention for the Protection of All Persons from Enforced Disappearance @2"], relations.Lines);
    }

    [Fact]
    public void Reads_a_number_with_the_letters_of_its_series()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that Federal Law No. 255-FZ of 14 July 2022 restricted the activities of NGOs.2 JS1 recommended repealing\n"
                + "Federal Law No. 255-FZ.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> Federal Law No. 255-FZ @2",
             "RECOMMENDS_REPEALING JS1 -> Federal Law No. 255-FZ @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_numbered_act_in_brackets_after_an_act_for_its_other_name()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the decisions invoked the General Law on Non-Profit Legal Persons (Law No. 147), which allowed the\n"
                + "cancellation of legal personality on vague grounds.2 JS1 recommended amending Law No. 147.3")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES JS1 -> General Law on Non-Profit Legal Persons @2",
             "RECOMMENDS_AMENDING JS1 -> General Law on Non-Profit Legal Persons @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_title_after_a_numbered_act_and_a_comma_for_its_other_name()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS9 stated that Law No. 840, the Special Law for the Development of Infrastructure and Transport, had granted a\n"
                + "foreign company an excessive concession.2 HRW recommended repealing the Special Law for the Development of Infrastructure and Transport.3")
            .Relate();

        // Assert
        Assert.Single(relations.Extraction.Laws);
        Assert.Equal(
            ["CRITICIZES JS9 -> Law No. 840 @2",
             "RECOMMENDS_REPEALING HRW -> Law No. 840 @2"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_the_act_a_bill_sought_to_amend_for_no_act_criticised()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 expressed concern about the Statute Law (Miscellaneous Amendments) Bill, 2013, which sought to amend the Public\n"
                + "Benefit Organizations Act, 2013 to limit the foreign funding of organizations.2")
            .Relate();

        // Assert
        Assert.DoesNotContain(relations.Lines, l => l.Contains("Public Benefit Organizations Act", StringComparison.Ordinal));
        Assert.Equal(2, relations.Extraction.Laws.Count);
    }

    [Fact]
    public void Takes_concern_about_a_bill_itself_for_criticism_of_it_and_concern_at_its_delay_for_none()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS2 expressed concern about the Security Laws Bill.2")
            .Paragraph("AI expressed concern that the Refugee Bill had not yet been adopted.3")
            .Relate();

        // Assert
        Assert.Equal(["CRITICIZES JS2 -> Security Laws Bill @2"], relations.Lines);
    }

    [Fact]
    public void Takes_a_lower_case_act_a_recommendation_asks_to_adopt_for_a_proposal_cut_before_its_yardstick()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS4 recommended the adoption of a gender identity law allowing legal gender recognition on the basis of self-determination.2")
            .Paragraph("JS1 noted that the country lacked a law on access to public information.3 It recommended that Kenya adopt a law on\n"
                + "access to public information in line with the Model Law on Access to Information.4")
            .Relate();

        // Assert: the act the country lacks is the one proposed after it, one act.
        Assert.Equal(
            ["RECOMMENDS_ADOPTING JS1 -> law on access to public information @3",
             "RECOMMENDS_ADOPTING JS4 -> gender identity law allowing legal gender recognition on the basis of self-determination @2"],
            relations.Lines.Order());
        Assert.Equal(2, relations.Extraction.Laws.Count(l => l.Proposed));
    }

    [Fact]
    public void Gives_what_is_said_of_an_act_to_the_article_it_singles_out_in_particular()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that the Penal Code (PC) was outdated.2")
            .Paragraph("HRW stated that the blasphemy provisions of the PC, in particular section 295-C, which carried a mandatory death\n"
                + "sentence, were frequently used to settle personal disputes.3")
            .Paragraph("AI recommended that Kenya repeal or amend the provisions of the Penal Code relating to extremism, in particular article\n"
                + "244-1.4")
            .Relate();

        // Assert
        Assert.Equal(
            ["CRITICIZES HRW -> article 295-C (Penal Code) @3",
             "CRITICIZES JS1 -> Penal Code @2",
             "RECOMMENDS_AMENDING AI -> article 244-1 (Penal Code) @4",
             "RECOMMENDS_REPEALING AI -> article 244-1 (Penal Code) @4"],
            relations.Lines.Order());
    }

    [Fact]
    public void Takes_a_numbered_law_on_a_code_for_that_code()
    {
        // Act
        var relations = Kenya()
            .Paragraph("JS1 stated that civilians continued to be tried under Law No. 2017/012 of 12 July 2017 on the Code of Military\n"
                + "Justice, which was vague.2")
            .Paragraph("HRW recommended that Kenya amend the Code of Military Justice.3")
            .Paragraph("JS3 stated that section 347-1 of Law No. 2016/007 of 12 July 2016 relating to the Penal Code punished same-sex relations.4")
            .Relate();

        // Assert
        Assert.Equal(2, relations.Extraction.Laws.Count);
        Assert.Contains("RECOMMENDS_AMENDING HRW -> Law No. 2017/012 on the Code of Military Justice @3", relations.Lines);
        Assert.Contains("CRITICIZES JS3 -> article 347-1 (Law No. 2016/007 relating to the Penal Code) @4", relations.Lines);
    }
}
