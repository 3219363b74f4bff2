using UprGraph.Model;

namespace UprGraph.Graph;

/// <summary>
/// The order of stakeholder lists (a law's critics): named organisations first, by their label (abbreviation, else
/// name) in lower case, then joint submissions by number (JS2 before JS11); ids break ties. <c>cypher/top-laws.cypher</c>
/// sorts the same way.
/// </summary>
public sealed class StakeholderOrder : IComparer<GraphNode>
{
    public static StakeholderOrder Instance { get; } = new();

    public int Compare(GraphNode? x, GraphNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var joint = IsJoint(x).CompareTo(IsJoint(y));
        if (joint != 0)
        {
            return joint;
        }

        // A joint submission without a number comes after the numbered ones (Cypher sorts nulls last).
        var number = (JointNumber(x), JointNumber(y)) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => a.Value.CompareTo(b.Value),
        };
        if (number != 0)
        {
            return number;
        }

        var label = string.CompareOrdinal(Label(x), Label(y));
        return label != 0 ? label : string.CompareOrdinal(x.Id, y.Id);
    }

    private static bool IsJoint(GraphNode node) => node.Category == StakeholderCategory.JointSubmission;

    /// <summary>"JS11" gives 11; null for a named organisation or an abbreviation that is not JS and a number.</summary>
    public static int? JointNumber(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return IsJoint(node) && node.Abbreviation is { Length: > 2 } abbreviation
            && int.TryParse(abbreviation.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    private static string Label(GraphNode node) => (node.Abbreviation ?? node.Name).ToLowerInvariant();
}
