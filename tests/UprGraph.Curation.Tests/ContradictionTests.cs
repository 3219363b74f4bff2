namespace UprGraph.Curation.Tests;

public sealed class ContradictionTests
{
    public static TheoryData<string, string> Files => new()
    {
        {
            $$"""
            drop:
              - {edge: "{{Ruritania.AiRepealsMedia}}", why: "not said"}
            retype:
              - {edge: "{{Ruritania.AiRepealsMedia}}", type: RECOMMENDS_AMENDING, why: "amend"}
            """,
            $"curation.yaml:4:5: retyping dropped edge '{Ruritania.AiRepealsMedia}' contradicts the entry at line 2"
        },
        {
            $$"""
            drop:
              - {edge: "{{Ruritania.UnattributedMedia}}", why: "not said"}
            attribute:
              - {edge: "{{Ruritania.UnattributedMedia}}", source: "{{Ruritania.Hrw}}", why: "HRW"}
            """,
            $"curation.yaml:4:5: attributing dropped edge '{Ruritania.UnattributedMedia}' contradicts the entry at line 2"
        },
        {
            $$"""
            merge:
              - {into: "{{Ruritania.PenalCode}}", nodes: ["{{Ruritania.PenalCode2014}}"], why: "one"}
              - {into: "{{Ruritania.PenalCode2014}}", nodes: ["{{Ruritania.PenalCode}}"], why: "one"}
            """,
            $"curation.yaml:3:5: merging '{Ruritania.PenalCode}' into '{Ruritania.PenalCode2014}' contradicts the entry at line 2"
        },
        {
            $$"""
            merge:
              - {into: "{{Ruritania.PenalCode}}", nodes: ["{{Ruritania.PenalCode2014}}"], why: "one"}

              - {into: "{{Ruritania.MediaLaw}}", nodes: ["{{Ruritania.PenalCode2014}}"], why: "other"}
            """,
            $"curation.yaml:4:5: merging '{Ruritania.PenalCode2014}' into '{Ruritania.MediaLaw}' contradicts the entry at line 2"
        },
        {
            $$"""
            rename:
              - {node: "{{Ruritania.MediaLaw}}", name: "Law on the Media", why: "title"}
              - {node: "{{Ruritania.MediaLaw}}", name: "Mass Media Law", why: "title"}
            """,
            $"curation.yaml:3:5: renaming '{Ruritania.MediaLaw}' a second time contradicts the entry at line 2"
        },
        {
            $$"""
            drop:
              - {edge: "{{Ruritania.Statement("CRITICIZES", Ruritania.Hrw, Ruritania.MediaLaw, 9)}}", why: "no"}
            add:
              - {type: CRITICIZES, source: "{{Ruritania.Hrw}}", target: "{{Ruritania.MediaLaw}}", document: {{Ruritania.Symbol}}, paragraph: 9, why: "yes"}
            """,
            $"curation.yaml:4:5: adding '{Ruritania.Statement("CRITICIZES", Ruritania.Hrw, Ruritania.MediaLaw, 9)}' contradicts the entry at line 2"
        },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_contradiction_is_an_error_naming_both_lines(string yaml, string message)
    {
        // Act
        var error = Assert.Throws<Model.InputException>(() => Curate.Ruritania(yaml));

        // Assert
        Assert.Equal(message, error.Message);
    }
}
