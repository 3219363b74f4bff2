using UprGraph.Model;
using UprGraph.Tests.Fixtures;
using UprGraph.Vocabulary;

namespace UprGraph.Tests.Vocabulary;

/// <summary>The genre's word lists: embedded files read once, entries added from a researcher's folder, and the stages reading them.</summary>
public sealed class GenreVocabularyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_every_built_in_list_with_its_entries_and_without_comments()
    {
        // Act
        var vocabulary = GenreVocabulary.Default;

        // Assert
        Assert.All(VocabularyLists.All, name => Assert.NotEmpty(vocabulary[name]));
        Assert.Contains("noted", vocabulary[VocabularyLists.ReportingVerbs]);
        Assert.DoesNotContain(vocabulary[VocabularyLists.ProblemCues], e => e.StartsWith('#'));
        Assert.Contains("discriminat*", vocabulary[VocabularyLists.ProblemCues]);
    }

    [Fact]
    public void Every_list_file_says_what_it_is_for_in_a_header()
    {
        // Arrange
        var folder = RepositoryFiles.Path(Path.Combine("src", "UprGraph", "Vocabulary", "Lists"));

        // Act
        var files = Directory.EnumerateFiles(folder, "*.txt").Select(f => (Name: Path.GetFileNameWithoutExtension(f), First: File.ReadLines(f).First())).ToList();

        // Assert
        Assert.Equal(VocabularyLists.All.Order(StringComparer.Ordinal), files.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.StartsWith($"# {f.Name}: ", f.First, StringComparison.Ordinal));
    }

    [Fact]
    public void Adds_a_folders_entries_to_the_built_in_lists()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder.Path, "reporting-verbs.txt"), "# my verbs\nbemoaned\nnoted\n");

        // Act
        var vocabulary = GenreVocabulary.Default.With(_folder.Path);

        // Assert
        Assert.Contains("bemoaned", vocabulary[VocabularyLists.ReportingVerbs]);
        Assert.Equal(GenreVocabulary.Default[VocabularyLists.ReportingVerbs].Count + 1, vocabulary[VocabularyLists.ReportingVerbs].Count);
        Assert.Equal(GenreVocabulary.Default[VocabularyLists.ActHeads], vocabulary[VocabularyLists.ActHeads]);
    }

    [Fact]
    public void Refuses_a_file_that_names_no_list_naming_the_file()
    {
        // Arrange
        var file = Path.Combine(_folder.Path, "reportng-verbs.txt");
        File.WriteAllText(file, "bemoaned\n");

        // Act
        var error = Assert.Throws<InputException>(() => GenreVocabulary.Default.With(_folder.Path));

        // Assert
        Assert.StartsWith(file + ":1:1: not a vocabulary list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporting_verb_added_by_a_researcher_makes_its_subject_the_source()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder.Path, "reporting-verbs.txt"), "bemoaned\n");
        var text = new SummaryText("NPL", "Nepal").Heading("A. National human rights framework")
            .Paragraph("JS3 bemoaned that the Press Act criminalized defamation.2");
        var builtIn = new ExtractionOptions();
        var extended = new ExtractionOptions { Vocabulary = GenreVocabulary.Default.With(_folder.Path) };

        // Act
        var before = text.Relate(builtIn).Lines;
        var after = text.Relate(extended).Lines;

        // Assert
        Assert.Equal(["CRITICIZES (none) -> Press Act @2"], before);
        Assert.Equal(["CRITICIZES JS3 -> Press Act @2"], after);
    }

    [Fact]
    public void An_act_head_added_by_a_researcher_names_acts_of_that_type()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder.Path, "act-heads.txt"), "Dahir\n");
        var text = new SummaryText("MAR", "Morocco").Heading("A. National human rights framework")
            .Paragraph("HRW noted that the Public Liberties Dahir restricted the funding of associations.2");

        // Act
        var before = text.Relate(new ExtractionOptions()).Lines;
        var after = text.Relate(new ExtractionOptions { Vocabulary = GenreVocabulary.Default.With(_folder.Path) }).Lines;

        // Assert
        Assert.Empty(before);
        Assert.Equal(["CRITICIZES HRW -> Public Liberties Dahir @2"], after);
    }

    [Fact]
    public void Stemmed_verbs_added_by_a_researcher_propose_and_repeal_acts()
    {
        // Arrange: "legislat*" and "scrap*" are stems; the lists' entries are found by their text up to the "*".
        File.WriteAllText(Path.Combine(_folder.Path, "proposal-verbs.txt"), "legislat*\n");
        File.WriteAllText(Path.Combine(_folder.Path, "adopting-verbs.txt"), "legislat*\n");
        File.WriteAllText(Path.Combine(_folder.Path, "repealing-verbs.txt"), "scrap*\n");
        var text = new SummaryText("NPL", "Nepal").Heading("A. National human rights framework")
            .Paragraph("JS3 recommended legislating a law on affirmative action.2")
            .Paragraph("AI recommended scrapping the Press Act.3");
        var extended = new ExtractionOptions { Vocabulary = GenreVocabulary.Default.With(_folder.Path) };

        // Act
        var before = text.Relate(new ExtractionOptions()).Lines;
        var after = text.Relate(extended).Lines;

        // Assert
        Assert.DoesNotContain("RECOMMENDS_ADOPTING JS3 -> law on affirmative action @2", before);
        Assert.DoesNotContain("RECOMMENDS_REPEALING AI -> Press Act @3", before);
        Assert.Equal(["RECOMMENDS_ADOPTING JS3 -> law on affirmative action @2", "RECOMMENDS_REPEALING AI -> Press Act @3"], after);
    }
}
