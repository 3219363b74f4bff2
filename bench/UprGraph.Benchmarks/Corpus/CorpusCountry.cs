namespace UprGraph.Benchmarks.Corpus;

/// <summary>A country under review: its short name as the summaries write it and its ISO 3166-1 alpha-3 code.</summary>
public sealed record CorpusCountry(string Name, string Code);
