using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class LineReaderTests
{
    [Fact]
    public void Keeps_non_blank_lines_trimmed_with_their_line_numbers()
    {
        // Act
        var lines = LineReader.Read("  I. Background \n\n1. The present report\n   \nwas prepared.\n");

        // Assert
        Assert.Equal([(1, "I. Background"), (3, "1. The present report"), (5, "was prepared.")], lines.Select(l => (l.Number, l.Text)));
    }

    [Fact]
    public void Folds_soft_hyphens_and_runs_of_typographic_spaces()
    {
        // Act
        var line = Assert.Single(LineReader.Read("the Penal\u00A0\u00A0Code crimi\u00ADnalized  defamation"));

        // Assert
        Assert.Equal("the Penal Code criminalized defamation", line.Text);
    }
}
