using UprGraph.Model;

namespace UprGraph.Export.Gexf;

/// <summary>
/// A fixed colour per node kind (Okabe-Ito, readable for colour-blind readers) and a size from the number of critics,
/// so a graph opened in Gephi is legible before any layout or styling.
/// </summary>
public static class GexfPalette
{
    /// <summary>The size of a node nobody criticises.</summary>
    public const double MinimumSize = 6;

    /// <summary>How much each distinct critic adds to a node's size.</summary>
    public const double SizePerCritic = 4;

    public static (byte R, byte G, byte B) ColorOf(NodeKind kind) => kind switch
    {
        NodeKind.Document => (0x99, 0x99, 0x99),
        NodeKind.Country => (0x00, 0x00, 0x00),
        NodeKind.Stakeholder => (0x00, 0x72, 0xB2),
        NodeKind.Law => (0xD5, 0x5E, 0x00),
        NodeKind.Article => (0xE6, 0x9F, 0x00),
        NodeKind.Treaty => (0x00, 0x9E, 0x73),
        NodeKind.Issue => (0xCC, 0x79, 0xA7),
        _ => (0x56, 0xB4, 0xE9),
    };

    public static double SizeOf(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return MinimumSize + (SizePerCritic * (node.Critics ?? 0));
    }
}
