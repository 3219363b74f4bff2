namespace UprGraph;

/// <summary>A document of a corpus that could not be read: its file and the one-line reason.</summary>
public sealed record DocumentFailure(string File, string Message);
