using UprGraph.Graph;
using UprGraph.Recognition.Laws;
using UprGraph.Resolution;

namespace UprGraph.Curation;

/// <summary>
/// The id the extractor gives a law of a name (<see cref="LawRegistry"/>'s rule): its head word ("Code", "Law": the
/// vocabulary's act heads) and
/// <see cref="LawKey"/> of the name without the state's name; a law recommended for adoption is <c>proposed/&lt;slug&gt;</c>.
/// </summary>
internal static class LawIds
{
    public static string Of(string name, string countryCode, string countryName, bool proposed, ActHeads heads)
    {
        if (proposed)
        {
            var subject = name.StartsWith("new ", StringComparison.Ordinal) ? name[4..] : name;
            return DocumentIds.Law(countryCode, "proposed/" + Slug.Of(subject));
        }

        var head = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(heads.Named.Contains) ?? "Law";
        return DocumentIds.Law(countryCode, LawKey.Of(head, name, countryName).Replace(':', '/').TrimEnd('/'));
    }
}
