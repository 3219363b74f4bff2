using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class NotesAnnexParserTests
{
    private const string InlineNotes = """
        1 The stakeholders listed below have contributed information for this summary; the full texts of
        all original submissions are available at www.ohchr.org.
        Civil society
        Individual submissions:
        AI Amnesty International, London, United Kingdom;
        FLD Front Line Defenders, Dublin, Ireland;
        MRG Minority Rights Group International, London,
        United Kingdom;
        Joint submissions:
        JS3 Joint submission 3 submitted by: Ghana Coalition on the
        Rights of the Child, Accra, Ghana and Plan International, Woking, United Kingdom;
        National human rights institution:
        CHRAJ Commission on Human Rights and Administrative Justice, Accra, Ghana.
        2 For relevant recommendations see A/HRC/37/7.
        3 JS3, p. 2; AI, p. 4.
        4 FLD, paras. 12-14; MRG, p. 3.
        """;

    private const string OwnLineNotes = """
        1
        A/HRC/37/7 and the addendum A/HRC/37/7/Add.1.
        2
        The stakeholders listed below have contributed information for this summary; the full texts of all
        original submissions are available at: www.ohchr.org.
        Civil society
        Individual submissions:
        HRW Human Rights Watch, New York (United States of America);
        Joint submissions:
        JS1 Joint submission 1 submitted by: Coalition for Inclusive
        Education (CIE); and the Roma Education Fund (REF), Belgrade (Serbia);
        National human rights institution:
        Ombudsman/PDR Protector of Citizens of the Republic of Serbia, Belgrade (Serbia);
        Regional intergovernmental organization(s):
        CoE The Council of Europe, Strasbourg (France)
        Attachments:
        (CoE-ECRI) European Commission against Racism and
        Intolerance’s conclusions on the implementation of the recommendations in respect of Serbia, adopted on 2 April, 2020;
        (CoE-GRETA) - Group of Experts on Action against
        Trafficking in Human Beings, Third Evaluation Round, adopted on 1 July 2022;
        (CoE-Commissioner) Report by Dunja Mijatović, Commissioner for Human Rights of the Council of
        Europe, following her visit to Serbia, 16 to 20 June 2017.
        3
        Ombudsman, p. 2.
        4
        HRW, p. 5; JS1, p. 3.
        """;

    private static NotesAnnex Parse(string notes) => NotesAnnexParser.Parse(LineReader.Read(notes));

    [Fact]
    public void Reads_notes_whose_number_starts_the_line()
    {
        // Act
        var annex = Parse(InlineNotes);

        // Assert
        Assert.Equal([1, 2, 3, 4], annex.Footnotes.Keys.Order());
        Assert.Equal("JS3, p. 2; AI, p. 4.", annex.Footnotes[3]);
    }

    [Fact]
    public void Reads_notes_whose_number_stands_on_its_own_line()
    {
        // Act
        var annex = Parse(OwnLineNotes);

        // Assert
        Assert.Equal([1, 2, 3, 4], annex.Footnotes.Keys.Order());
        Assert.Equal("HRW, p. 5; JS1, p. 3.", annex.Footnotes[4]);
    }

    [Fact]
    public void Lists_stakeholders_with_full_names_without_their_city_and_country()
    {
        // Act
        var annex = Parse(InlineNotes);

        // Assert
        Assert.Contains(annex.Stakeholders, s => s is { Abbreviation: "AI", Name: "Amnesty International" });
        Assert.Contains(annex.Stakeholders, s => s is { Abbreviation: "MRG", Name: "Minority Rights Group International" });
    }

    [Fact]
    public void Drops_a_country_given_in_brackets_after_the_city()
    {
        // Act
        var annex = Parse(OwnLineNotes);

        // Assert
        Assert.Contains(annex.Stakeholders, s => s is { Abbreviation: "HRW", Name: "Human Rights Watch" });
    }

    [Fact]
    public void Gives_each_stakeholder_the_category_of_its_section()
    {
        // Act
        var annex = Parse(OwnLineNotes);

        // Assert
        var categories = annex.Stakeholders.ToDictionary(s => s.Abbreviation, s => s.Category);
        Assert.Equal(StakeholderCategory.Ngo, categories["HRW"]);
        Assert.Equal(StakeholderCategory.JointSubmission, categories["JS1"]);
        Assert.Equal(StakeholderCategory.Nhri, categories["Ombudsman/PDR"]);
        Assert.Equal(StakeholderCategory.Intergovernmental, categories["CoE"]);
    }

    [Fact]
    public void Names_a_joint_submission_and_its_members()
    {
        // Act
        var annex = Parse(InlineNotes);

        // Assert
        var joint = Assert.Single(annex.Stakeholders, s => s.Abbreviation == "JS3");
        Assert.Equal("Joint Submission 3", joint.Name);
        Assert.Equal(["Ghana Coalition on the Rights of the Child", "Plan International"], joint.Members);
    }

    [Fact]
    public void Splits_members_at_semicolons_and_keeps_their_abbreviations()
    {
        // Act
        var annex = Parse(OwnLineNotes);

        // Assert
        var joint = Assert.Single(annex.Stakeholders, s => s.Abbreviation == "JS1");
        Assert.Equal(["Coalition for Inclusive Education (CIE)", "Roma Education Fund (REF)"], joint.Members);
    }

    [Fact]
    public void Reads_attachments_by_their_bracketed_abbreviation()
    {
        // Act
        var annex = Parse(OwnLineNotes);

        // Assert
        var attachments = annex.Stakeholders.Where(s => s.Abbreviation.StartsWith("CoE-", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("CoE-ECRI", "European Commission against Racism and Intolerance"), ("CoE-GRETA", "Group of Experts on Action against Trafficking in Human Beings"),
             ("CoE-Commissioner", "Commissioner for Human Rights of the Council of Europe")],
            attachments.Select(s => (s.Abbreviation, s.Name)));
        Assert.All(attachments, s => Assert.Equal(StakeholderCategory.Intergovernmental, s.Category));
    }
}
