using UprGraph.Model;

namespace UprGraph.Curation;

/// <summary>What the schema allows a curated statement: a statement type, between the node kinds the type joins.</summary>
internal static class EdgeRules
{
    /// <summary>Null when the edge may be; else why not.</summary>
    public static string? Check(string type, NodeKind source, NodeKind target)
    {
        if (!RelationTypes.Statements.Contains(type))
        {
            return $"'{type}' is not a statement type; one of {string.Join(", ", RelationTypes.Statements)}";
        }

        var rule = GraphSchema.Default.Relationships.First(r => r.Type == type);
        return rule.From.Contains(source) && rule.To.Contains(target)
            ? null
            : $"a {type} edge goes from {string.Join(" or ", rule.From)} to {string.Join(" or ", rule.To)}, not from {source} to {target}";
    }
}
