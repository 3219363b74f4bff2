namespace UprGraph.Segmentation;

/// <summary>Heading levels of the summaries: "II." roman, "B." letter, "1." numbered, then unnumbered thematic headings.</summary>
public enum HeadingLevel
{
    Roman = 1,
    Letter = 2,
    Numbered = 3,
    Thematic = 4,
}
