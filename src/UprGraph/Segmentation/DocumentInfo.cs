namespace UprGraph.Segmentation;

/// <summary>What the document says about itself: its UN symbol, the state under review, the session.</summary>
public sealed record DocumentInfo(string Symbol, string CountryCode, string CountryName, int? Session, int? Cycle, int? Year);
