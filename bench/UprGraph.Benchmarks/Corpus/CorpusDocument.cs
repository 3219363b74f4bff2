namespace UprGraph.Benchmarks.Corpus;

/// <summary>One synthetic summary: its file name (the symbol with '-' for '/'), symbol, country and text.</summary>
public sealed record CorpusDocument(string FileName, string Symbol, CorpusCountry Country, string Text);
