namespace UprGraph.Resolution;

/// <summary>A numbered article or section of a law.</summary>
public sealed record ArticleEntity(string Id, string LawId, string Number);
