namespace UprGraph.Vocabulary;

/// <summary>The names of the genre's word lists (the files of <c>Vocabulary/Lists/</c>, without ".txt").</summary>
public static class VocabularyLists
{
    public const string ReportingVerbs = "reporting-verbs";
    public const string ReportingPhrases = "reporting-phrases";
    public const string ProblemCues = "problem-cues";
    public const string StrongProblemCues = "strong-problem-cues";
    public const string RecommendationCues = "recommendation-cues";
    public const string RatifyingVerbs = "ratifying-verbs";
    public const string RepealingVerbs = "repealing-verbs";
    public const string AmendingVerbs = "amending-verbs";
    public const string AdoptingVerbs = "adopting-verbs";
    public const string ProposalVerbs = "proposal-verbs";
    public const string PassiveActions = "passive-actions";
    public const string AbolishingVerbs = "abolishing-verbs";
    public const string AnaphoraNouns = "anaphora-nouns";
    public const string ActHeads = "act-heads";
    public const string TitledActHeads = "titled-act-heads";
    public const string NumberedActHeads = "numbered-act-heads";
    public const string ChainVerbs = "chain-verbs";
    public const string TreatyHeads = "treaty-heads";
    public const string TreatyAbbreviations = "treaty-abbreviations";
    public const string OrganisationWords = "organisation-words";
    public const string MemberOrganisationWords = "member-organisation-words";
    public const string StateBodies = "state-bodies";
    public const string IntergovernmentalNames = "intergovernmental-names";
    public const string UnnamedSourceQuantifiers = "unnamed-source-quantifiers";
    public const string UnnamedSourceNouns = "unnamed-source-nouns";
    public const string CountryAdjectives = "country-adjectives";
    public const string DraftProgressCues = "draft-progress-cues";
    public const string RemedyVerbs = "remedy-verbs";
    public const string GrowthCues = "growth-cues";
    public const string CountedNouns = "counted-nouns";
    public const string ApprovingVerbs = "approving-verbs";
    public const string ContrastCues = "contrast-cues";
    public const string YardstickCues = "yardstick-cues";
    public const string RefrainingCues = "refraining-cues";
    public const string ProtectionCues = "protection-cues";
    public const string TitleVerbs = "title-verbs";
    public const string ActFormWords = "act-form-words";

    public static IReadOnlyList<string> All { get; } =
    [
        ReportingVerbs, ReportingPhrases, ProblemCues, StrongProblemCues, RecommendationCues, RatifyingVerbs, RepealingVerbs,
        AmendingVerbs, AdoptingVerbs, ProposalVerbs, PassiveActions, AbolishingVerbs, AnaphoraNouns, ActHeads, TitledActHeads,
        NumberedActHeads, ChainVerbs, TreatyHeads, TreatyAbbreviations, OrganisationWords, MemberOrganisationWords, StateBodies,
        IntergovernmentalNames, UnnamedSourceQuantifiers, UnnamedSourceNouns, CountryAdjectives, DraftProgressCues, RemedyVerbs, GrowthCues, CountedNouns,
        ApprovingVerbs, ContrastCues, YardstickCues, RefrainingCues, ProtectionCues, TitleVerbs, ActFormWords,
    ];
}
