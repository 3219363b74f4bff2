using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class DocumentInfoReaderTests
{
    private const string Masthead = "United Nations A\n/HRC/WG.6/41/GHA/3\nGeneral Assembly\nDistr.: General\n8 September 2022\nOriginal: English\n"
        + "Summary of stakeholders’ submissions on Ghana*\nI. Background\n";

    [Fact]
    public void Joins_a_symbol_split_over_two_lines()
    {
        // Act
        var info = DocumentInfoReader.Read("ghana.txt", Masthead);

        // Assert
        Assert.Equal("A/HRC/WG.6/41/GHA/3", info.Symbol);
        Assert.Equal(41, info.Session);
    }

    [Fact]
    public void Names_the_state_under_review_from_the_symbol()
    {
        // Act
        var info = DocumentInfoReader.Read("ghana.txt", Masthead);

        // Assert
        Assert.Equal(("GHA", "Ghana"), (info.CountryCode, info.CountryName));
    }

    [Fact]
    public void Takes_the_year_from_the_masthead_date()
    {
        // Act
        var info = DocumentInfoReader.Read("ghana.txt", Masthead);

        // Assert
        Assert.Equal(2022, info.Year);
    }

    [Fact]
    public void Takes_the_year_from_the_session_without_a_date_line()
    {
        // Act
        var info = DocumentInfoReader.Read("jamaica.txt", "A/HRC/WG.6/22/JAM/3\nI. Background\n1. The present report was prepared on 4 May.\n");

        // Assert
        Assert.Equal(2015, info.Year);
    }

    [Fact]
    public void Reads_the_symbol_from_the_file_name_when_the_text_lacks_it()
    {
        // Act
        var info = DocumentInfoReader.Read("/data/A-HRC-WG.6-39-PRY-3.txt", "I. Background\n1. The present report\n");

        // Assert
        Assert.Equal(("A/HRC/WG.6/39/PRY/3", "Paraguay"), (info.Symbol, info.CountryName));
    }

    [Fact]
    public void Rejects_a_text_and_file_name_without_a_symbol()
    {
        // Act
        var error = Assert.Throws<InputException>(() => DocumentInfoReader.Read("report.txt", "Annual report of the board\n"));

        // Assert
        Assert.StartsWith("report.txt:1:1: not a UPR summary", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(26, 2)]
    [InlineData(27, 3)]
    [InlineData(40, 3)]
    [InlineData(41, 4)]
    [InlineData(47, 4)]
    public void Derives_the_cycle_from_the_session(int session, int cycle)
    {
        // Act
        var actual = DocumentInfoReader.Cycle(session);

        // Assert
        Assert.Equal(cycle, actual);
    }
}
