namespace UprGraph.Reading;

/// <summary>The text of one input file, as its reader recovered it: lines separated by '\n', pages by '\f' where known.</summary>
public sealed record SourceDocument(string File, string Text);
