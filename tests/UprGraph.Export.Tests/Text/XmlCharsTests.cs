using UprGraph.Export.Text;

namespace UprGraph.Export.Tests.Text;

public class XmlCharsTests
{
    [Theory]
    [InlineData("Law \"On Refugees\" <&>", "Law \"On Refugees\" <&>")]
    [InlineData("bell\u0007 and nul\0", "bell\uFFFD and nul\uFFFD")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("not a char \uFFFE", "not a char \uFFFD")]
    public void Replaces_only_what_xml_1_0_forbids(string text, string expected)
    {
        // Act
        var clean = XmlChars.Clean(text);

        // Assert
        Assert.Equal(expected, clean);
    }

    [Fact]
    public void Replaces_a_lone_surrogate_and_keeps_a_pair()
    {
        // Arrange: built at run time, as attribute arguments cannot hold a lone surrogate.
        var text = "lone " + (char)0xD800 + " surrogate, pair \uD83D\uDE00";

        // Act
        var clean = XmlChars.Clean(text);

        // Assert
        Assert.Equal("lone \uFFFD surrogate, pair \uD83D\uDE00", clean);
    }
}
