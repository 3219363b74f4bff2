using System.Text.RegularExpressions;
using UprGraph.Benchmarks.Corpus;
using UprGraph.Documents.Tests.Fixtures;

namespace UprGraph.Documents.Tests.Corpus;

public sealed partial class SyntheticCorpusTests
{
    private static readonly string s_seedText = File.ReadAllText(Seed.Path);
    private static readonly SyntheticCorpus s_corpus = new(s_seedText, "Kazakhstan", randomSeed: 7);

    [Fact]
    public void Finds_every_numbered_paragraph_of_the_seed()
    {
        var numbers = ParagraphStarts(s_seedText);
        Assert.Equal(57, s_corpus.ParagraphCount);
        Assert.Equal(Enumerable.Range(1, 57), numbers);
    }

    [Fact]
    public void Numbers_the_paragraphs_of_every_document_consecutively()
    {
        foreach (var document in s_corpus.Documents(20))
        {
            Assert.Equal(Enumerable.Range(1, 57), ParagraphStarts(document.Text));
        }
    }

    [Fact]
    public void Reorders_paragraphs_within_their_sections_only()
    {
        // Arrange
        var document = s_corpus.Document(3);
        // Act
        var seedSections = Sections(s_seedText.Replace("Kazakhstan", document.Country.Name, StringComparison.Ordinal).Replace(Seed.Symbol, document.Symbol, StringComparison.Ordinal));
        var sections = Sections(document.Text);
        // Assert: the same headings, each over the same paragraphs (numbers aside), not all in the seed's order
        Assert.Equal(seedSections.Select(s => s.Heading), sections.Select(s => s.Heading));
        Assert.Equal(seedSections.Select(s => s.Paragraphs.Order(StringComparer.Ordinal)), sections.Select(s => s.Paragraphs.Order(StringComparer.Ordinal)));
        Assert.NotEqual(seedSections.SelectMany(s => s.Paragraphs), sections.SelectMany(s => s.Paragraphs));
    }

    [Fact]
    public void Names_another_country_and_symbol_everywhere()
    {
        var document = s_corpus.Document(53);
        Assert.Equal(new CorpusCountry("Argentina", "ARG"), document.Country);
        Assert.Equal("A/HRC/WG.6/2/ARG/3", document.Symbol);
        Assert.Equal("A-HRC-WG.6-2-ARG-3.txt", document.FileName);
        Assert.DoesNotContain("Kazakhstan", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("KAZ", document.Text, StringComparison.Ordinal);
        Assert.Equal(Count(s_seedText, "Kazakhstan"), Count(document.Text, "Argentina"));
        Assert.Contains("\nA/HRC/WG.6/2/ARG/3 \n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_distinct_symbols_of_seed_size()
    {
        var documents = s_corpus.Documents(150).ToList();
        Assert.Equal(150, documents.Select(d => d.Symbol).Distinct().Count());
        Assert.All(documents, d => Assert.InRange(d.Text.Length, s_seedText.Length * 0.95, s_seedText.Length * 1.05));
    }

    [Fact]
    public void Gives_the_same_documents_for_the_same_seed_and_others_for_another()
    {
        var again = new SyntheticCorpus(s_seedText, "Kazakhstan", randomSeed: 7);
        var other = new SyntheticCorpus(s_seedText, "Kazakhstan", randomSeed: 8);
        Assert.Equal(s_corpus.Document(42).Text, again.Document(42).Text);
        Assert.NotEqual(s_corpus.Document(42).Text, other.Document(42).Text);
    }

    [Fact]
    public void Refuses_more_documents_than_distinct_symbols()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_corpus.Document(SyntheticCorpus.MaxDocuments));
    }

    /// <summary>The numbers of the lines that start the next paragraph ("17. "), skipping numbered headings.</summary>
    private static List<int> ParagraphStarts(string text)
    {
        var found = new List<int>();
        foreach (var number in text.Split('\n').Select(SeedLayout.ParagraphNumber))
        {
            if (number == found.Count + 1)
            {
                found.Add(number);
            }
        }

        return found;
    }

    private static List<(string Heading, List<string> Paragraphs)> Sections(string text)
    {
        var layout = SeedLayout.Parse(text);
        return layout.Sections
            .Select(s => (string.Join('\n', s.Heading), s.Paragraphs.Select(p => LeadingNumber().Replace(string.Join('\n', p), string.Empty)).ToList()))
            .ToList();
    }

    private static int Count(string text, string word) => Regex.Count(text, Regex.Escape(word));

    [GeneratedRegex(@"^\s*\d+\. ")]
    private static partial Regex LeadingNumber();
}
