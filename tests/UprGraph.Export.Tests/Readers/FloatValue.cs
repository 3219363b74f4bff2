using System.Text.Json.Serialization;

namespace UprGraph.Export.Tests.Readers;

/// <summary>A value the reader must return as a float; JSON writes 10.0 as 10, so it travels as <c>{"$float": 10}</c>.</summary>
internal sealed record FloatValue([property: JsonPropertyName("$float")] double Value);
