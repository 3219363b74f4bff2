namespace UprGraph.Benchmarks.Corpus;

/// <summary>A section of a summary: the heading lines that open it and its paragraphs, each a list of lines.</summary>
public sealed class SeedSection(List<string> heading)
{
    public List<string> Heading { get; } = heading;

    public List<List<string>> Paragraphs { get; } = [];
}
