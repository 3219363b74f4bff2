using System.Globalization;
using UprGraph.Segmentation;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Segmentation;

public class FootnoteMarksTests
{
    public static TheoryData<int, string, string> Cases => SpecFile.Cases("Segmentation/Specs/footnote-marks.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strips_footnote_marks(int line, string input, string expected)
    {
        // Arrange
        var colon = input.IndexOf(": ", StringComparison.Ordinal);
        var marks = Primed(int.Parse(input[..colon], CultureInfo.InvariantCulture));
        var fields = SpecFile.Fields(expected);

        // Act
        var (text, found) = marks.Strip(input[(colon + 2)..]);

        // Assert
        Assert.True(fields[0] == text, $"line {line}: clean text\n  expected: {fields[0]}\n  actual:   {text}");
        Assert.True(fields[1] == Numbers(found), $"line {line}: marks expected {fields[1]}, found {Numbers(found)}");
    }

    [Fact]
    public void Gives_the_offset_where_the_mark_stood_in_the_clean_text()
    {
        // Arrange
        var marks = new FootnoteMarks();

        // Act
        var (text, found) = marks.Strip("JS2 noted abuses.1 AI noted torture.2");

        // Assert
        Assert.Equal([17, 35], found.Select(m => m.Offset));
        Assert.Equal('.', text[found[0].Offset - 1]);
    }

    [Fact]
    public void Expects_the_number_after_the_last_mark_across_texts()
    {
        // Arrange
        var marks = new FootnoteMarks();
        marks.Strip("the Act was vague.1");

        // Act
        var (_, found) = marks.Strip("Article 2 of the Act was used against journalists.2");

        // Assert
        Assert.Equal(3, marks.Expected);
        Assert.Equal([2], found.Select(m => m.Number));
    }

    /// <summary>A reader that has already taken the marks before <paramref name="expected"/>.</summary>
    private static FootnoteMarks Primed(int expected)
    {
        var marks = new FootnoteMarks();
        for (var n = 1; n < expected; n++)
        {
            marks.Strip("noted." + n.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal(expected, marks.Expected);
        return marks;
    }

    private static string Numbers(List<FootnoteMark> found) =>
        found.Count == 0 ? "-" : string.Join(", ", found.Select(m => m.Number.ToString(CultureInfo.InvariantCulture)));
}
