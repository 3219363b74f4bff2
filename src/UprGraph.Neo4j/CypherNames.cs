using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// Labels, relationship types and property keys for Cypher text. Only names of the fixed schema
/// (<see cref="GraphSchema.Default"/>) pass, and only plain identifiers, so no data ever reaches a statement's text.
/// </summary>
internal static partial class CypherNames
{
    public static string Label(NodeKind kind)
    {
        var label = kind.ToString();
        if (!GraphSchema.Default.Labels.Any(l => l.Kind == kind) || !Identifier().IsMatch(label))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), label, "Not a node label of the graph schema.");
        }

        return label;
    }

    public static string RelationshipType(string type)
    {
        if (!GraphSchema.Default.IsRelationshipType(type) || !Identifier().IsMatch(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relationship type of the graph schema.");
        }

        return type;
    }

    public static string Property(string name)
    {
        var known = GraphSchema.Default.NodeProperties.Any(p => p.Name == name)
            || GraphSchema.Default.RelationshipProperties.Any(p => p.Name == name);
        if (!known || !Identifier().IsMatch(name))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, "Not a property of the graph schema.");
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
