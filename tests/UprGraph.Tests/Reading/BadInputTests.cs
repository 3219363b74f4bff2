using UprGraph.Model;
using UprGraph.Tests.Fixtures;

namespace UprGraph.Tests.Reading;

/// <summary>What the pipeline says about files that are not UPR summaries: one line naming the file, as InputException.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ExtractionPipeline _pipeline = new ExtractionPipelineBuilder().Build();

    [Fact]
    public void Rejects_an_empty_file()
    {
        // Arrange
        var path = _folder.Write("A-HRC-WG.6-41-GHA-3.txt", "");

        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(path));

        // Assert
        Assert.Equal($"{path}:1:1: the file is empty", error.Message);
        Assert.Equal(path, error.File);
    }

    [Fact]
    public void Rejects_a_binary_file()
    {
        // Arrange
        var path = _folder.Write("scan.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(path));

        // Assert
        Assert.StartsWith(path + ":1:1: the file is binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_text_without_a_upr_symbol()
    {
        // Arrange
        var path = _folder.Write("minutes.txt", "Minutes of the board meeting\n1. The board approved the budget.\n2. The board adjourned.\n");

        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(path));

        // Assert
        Assert.StartsWith(path + ":1:1: not a UPR summary of stakeholders' submissions: no UPR document symbol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_text_with_a_symbol_but_no_numbered_paragraphs()
    {
        // Arrange
        var path = _folder.Write("letter.txt", "A/HRC/WG.6/41/GHA/3\nDear colleagues, please find the summary attached.\n");

        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(path));

        // Assert
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a UPR summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_missing_file()
    {
        // Arrange
        var path = _folder.File("A-HRC-WG.6-41-GHA-3.txt");

        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(path));

        // Assert
        Assert.Equal($"{path}: cannot read: no such file", error.Message);
    }

    [Fact]
    public void Names_a_folder_given_as_a_file()
    {
        // Act
        var error = Assert.Throws<InputException>(() => _pipeline.ExtractFile(_folder.Path));

        // Assert
        Assert.StartsWith(_folder.Path + ": cannot read:", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
