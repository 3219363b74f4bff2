using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>A law, article or stakeholder in a ranking, with the stakeholders (or targets) behind its count.</summary>
public sealed record RankedEntity(GraphNode Node, IReadOnlyList<GraphNode> Related, int Statements, int? FirstYear)
{
    public int Count => Related.Count;
}
