using UprGraph.Resolution;
using UprGraph.Segmentation;

namespace UprGraph.Relations;

/// <summary>Everything extracted from one document, resolved to its entities, before it becomes graph nodes and edges.</summary>
public sealed record DocumentExtraction(
    SegmentedDocument Document,
    IReadOnlyList<StakeholderEntity> Stakeholders,
    IReadOnlyList<LawEntity> Laws,
    IReadOnlyList<ArticleEntity> Articles,
    IReadOnlyList<TreatyEntity> Treaties,
    IReadOnlyList<ExtractedRelation> Relations);
