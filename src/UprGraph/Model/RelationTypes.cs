namespace UprGraph.Model;

/// <summary>Relationship type names, as in <c>graph-schema/graph-schema.json</c>.</summary>
public static class RelationTypes
{
    public const string Criticizes = "CRITICIZES";
    public const string RecommendsAmending = "RECOMMENDS_AMENDING";
    public const string RecommendsRepealing = "RECOMMENDS_REPEALING";
    public const string RecommendsAdopting = "RECOMMENDS_ADOPTING";
    public const string RecommendsRatifying = "RECOMMENDS_RATIFYING";
    public const string Raises = "RAISES";
    public const string PartOf = "PART_OF";
    public const string MemberOf = "MEMBER_OF";
    public const string Reviews = "REVIEWS";
    public const string LawOf = "LAW_OF";
    public const string SubmittedTo = "SUBMITTED_TO";

    /// <summary>The relations a stakeholder states about a law, article or treaty (the evaluated ones).</summary>
    public static IReadOnlyList<string> Statements { get; } =
        [Criticizes, RecommendsAmending, RecommendsRepealing, RecommendsAdopting, RecommendsRatifying];

    /// <summary>Relations that count a stakeholder as a critic of a law or article in the rankings.</summary>
    public static IReadOnlyList<string> Critical { get; } =
        [Criticizes, RecommendsAmending, RecommendsRepealing];

    public static IReadOnlyList<string> All { get; } =
        [Criticizes, RecommendsAmending, RecommendsRepealing, RecommendsAdopting, RecommendsRatifying,
         Raises, PartOf, MemberOf, Reviews, LawOf, SubmittedTo];
}
