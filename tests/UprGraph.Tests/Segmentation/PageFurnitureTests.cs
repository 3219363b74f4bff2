using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class PageFurnitureTests
{
    private static List<string> Kept(string text) => PageFurniture.Remove(LineReader.Read(text)).Select(l => l.Text).ToList();

    [Fact]
    public void Drops_the_running_symbol_header_and_the_page_number_beside_it()
    {
        // Act
        var kept = Kept("the Labour Code excluded domestic workers.\nA/HRC/WG.6/41/GHA/3\n4\nJS5 noted that\n");

        // Assert
        Assert.Equal(["the Labour Code excluded domestic workers.", "JS5 noted that"], kept);
    }

    [Fact]
    public void Drops_a_page_number_printed_before_the_symbol()
    {
        // Act
        var kept = Kept("JS2 noted that\n7\nA/HRC/WG.6/38/JAM/3\nthe Act was vague.\n");

        // Assert
        Assert.Equal(["JS2 noted that", "the Act was vague."], kept);
    }

    [Fact]
    public void Drops_the_symbol_split_over_the_masthead_lines()
    {
        // Act
        var kept = Kept("United Nations A\n/HRC/WG.6/41/GHA/3\nGeneral Assembly\nDistr.: General\n2 November 2022\nOriginal: English\nHuman Rights Council\n");

        // Assert
        Assert.Equal(["Human Rights Council"], kept);
    }

    [Fact]
    public void Drops_the_job_number_footer_and_the_asterisk_note()
    {
        // Act
        var kept = Kept("repealed.12\n* The present document was not edited before being sent to United Nations translation services.\nGE.22-12345(E)\n3. JS4 noted\n");

        // Assert
        Assert.Equal(["repealed.12", "3. JS4 noted"], kept);
    }

    [Fact]
    public void Drops_bar_code_lines_without_letters_or_digits()
    {
        // Act
        var kept = Kept("Human Rights Council\n\uE000\uE001\uE002\uE003\n*2212345*\nWorking Group\n");

        // Assert
        Assert.Equal(["Human Rights Council", "Working Group"], kept);
    }

    [Fact]
    public void Keeps_note_numbers_that_stand_on_their_own_lines()
    {
        // Act
        var kept = Kept("Notes\n3\nJS1, p. 2.\n4\nAI, p. 5.\n");

        // Assert
        Assert.Equal(["Notes", "3", "JS1, p. 2.", "4", "AI, p. 5."], kept);
    }

    [Fact]
    public void Marks_the_line_after_dropped_furniture_as_a_new_page()
    {
        // Act
        var kept = PageFurniture.Remove(LineReader.Read("the Code provided\nGE.21-01234(E)\nA/HRC/WG.6/39/PRY/3\nfines for protesters.\n"));

        // Assert
        Assert.Equal([false, true], kept.Select(l => l.PageBreakBefore));
    }

    [Theory]
    [InlineData("GE.14-19876 3")]
    [InlineData("2 GE.14-19876")]
    public void Drops_a_footer_of_job_number_and_page_number(string footer)
    {
        // Act
        var kept = Kept($"the Penal Code criminalized same-sex conduct.31\n{footer}\nA/HRC/WG.6/21/KEN/3\n15. FIDA-Kenya welcomed the Act.\n");

        // Assert
        Assert.Equal(["the Penal Code criminalized same-sex conduct.31", "15. FIDA-Kenya welcomed the Act."], kept);
    }

    [Fact]
    public void Keeps_a_note_number_at_the_foot_of_a_page_whose_header_carries_the_page_number()
    {
        // Act: the header's page number follows the symbol, so the "14" before it is the note's.
        var kept = Kept("Notes\n13\nJS12, para. 22.\n14\n\fA/HRC/WG.6/41/IND/3\n10\nAI, p. 9.\n");

        // Assert
        Assert.Equal(["Notes", "13", "JS12, para. 22.", "14", "AI, p. 9."], kept);
    }
}
