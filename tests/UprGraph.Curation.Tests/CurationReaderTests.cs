namespace UprGraph.Curation.Tests;

public sealed class CurationReaderTests
{
    [Fact]
    public void Every_entry_keeps_its_line()
    {
        // Arrange
        var yaml = """
            # corrections to the 2022 summary
            merge:
              - {into: "law:RUR:code/penal", nodes: ["law:RUR:code/2014-penal"], why: "one code"}
            drop:
              - edge: "CRITICIZES|stakeholder:hrw|law:RUR:code/penal|A/HRC/WG.6/40/RUR/3|6"
                why: "no problem stated"
              - {edge: "CRITICIZES|stakeholder:ai|law:RUR:code/penal|A/HRC/WG.6/40/RUR/3|5", why: "neutral"}
            add:
              - {type: CRITICIZES, target: {kind: Law, name: "Media Law"}, document: A/HRC/WG.6/40/RUR/3, paragraph: 8, why: "missed"}
            """;

        // Act
        var file = Curate.Read(yaml);

        // Assert
        Assert.Equal([3, 5, 7, 9], file.All.Select(e => e.Line));
        Assert.Equal(["merge", "drop", "drop", "add"], file.All.Select(e => e.Operation));
        var add = Assert.Single(file.Adds);
        Assert.Equal((null, "Law", "Media Law", 8), (add.Source, add.Target.Kind, add.Target.Name, add.Paragraph));
    }

    [Theory]
    [InlineData("drop:\n  - {edge: \"x\"}\n", "curation.yaml:2:5: drop needs 'why'")]
    [InlineData("drop:\n  - {edge: \"x\", why: \"y\", because: \"z\"}\n", "curation.yaml:2:27: drop has no key 'because'; its keys are edge, why")]
    [InlineData("remove:\n  - {edge: \"x\", why: \"y\"}\n", "curation.yaml:1:1: unknown operation 'remove'; one of merge, split, rename, drop, retype, attribute, add")]
    [InlineData("add:\n  - {type: CRITICIZES, target: \"law:X\", document: D, paragraph: seven, why: \"y\"}\n", "curation.yaml:2:65: 'paragraph' is a whole number from 1")]
    [InlineData("merge:\n  - {into: \"a\", nodes: \"b\", why: \"y\"}\n", "curation.yaml:2:24: 'nodes' is a list of ids ([\"...\"])")]
    public void A_malformed_entry_is_an_error_at_its_line_and_column(string yaml, string message)
    {
        // Act
        var error = Assert.Throws<Model.InputException>(() => Curate.Read(yaml));

        // Assert
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Text_that_is_not_yaml_is_an_error_at_its_line()
    {
        // Act
        var error = Assert.Throws<Model.InputException>(() => Curate.Read("drop:\n  - {edge: \"x\", why: \"y\"\n"));

        // Assert
        Assert.StartsWith("curation.yaml:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_has_no_entries()
    {
        // Act
        var file = Curate.Read("# nothing to correct yet\n");

        // Assert
        Assert.Empty(file.All);
    }
}
