using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Tests.Fixtures;

/// <summary>Notes annexes for resolver tests: the stakeholder list of an imagined summary on Armenia.</summary>
internal static class Annexes
{
    public const string Symbol = "A/HRC/WG.6/49/ARM/3";

    public static NotesAnnex Armenia(IReadOnlyDictionary<int, string>? footnotes = null) => new(
        [
            new AnnexStakeholder("AI", "Amnesty International", StakeholderCategory.Ngo, []),
            new AnnexStakeholder("HRW", "Human Rights Watch", StakeholderCategory.Ngo, []),
            new AnnexStakeholder("JS2", "Joint Submission 2", StakeholderCategory.JointSubmission, ["Helsinki Citizens’ Assembly Vanadzor", "Protection of Rights without Borders"]),
            new AnnexStakeholder("ADHR/JS4", "Joint Submission 4", StakeholderCategory.JointSubmission, ["Armenian Disability Rights Forum"]),
            new AnnexStakeholder("Ombudsman/HRDO", "Human Rights Defender of the Republic of Armenia", StakeholderCategory.Nhri, []),
            new AnnexStakeholder("CoE-GREVIO", "Group of Experts on Action against Violence against Women and Domestic Violence", StakeholderCategory.Intergovernmental, []),
        ],
        footnotes ?? new Dictionary<int, string>());
}
