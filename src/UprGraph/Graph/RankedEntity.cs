using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// A law, article or stakeholder in a ranking, with the stakeholders (or targets) behind its count (critics in
/// <see cref="StakeholderOrder"/>) and the year of the earliest review that states one of its statements.
/// </summary>
public sealed record RankedEntity(GraphNode Node, IReadOnlyList<GraphNode> Related, int Statements, int? FirstReviewYear)
{
    public int Count => Related.Count;
}
