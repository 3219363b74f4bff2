namespace UprGraph.Model;

/// <summary>A named, typed property of a node label or of relationships.</summary>
public sealed record SchemaProperty(string Name, PropertyType Type);
