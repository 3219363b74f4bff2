namespace UprGraph.Model;

/// <summary>Stakeholder categories, as the annotation guidelines name them.</summary>
public static class StakeholderCategory
{
    public const string Ngo = "ngo";
    public const string JointSubmission = "joint-submission";
    public const string Nhri = "nhri";
    public const string Intergovernmental = "intergovernmental";
    public const string Other = "other";
}
