using UprGraph.Model;

namespace UprGraph.Export.Review;

/// <summary>
/// The curation entries that would correct an edge, as YAML ready to paste into <c>curation.yaml</c> (the format of
/// <c>graph-schema/curation.schema.json</c>): drop it, retype it as another statement the schema allows between its ends,
/// or attribute an unattributed one to a stakeholder. The reason is left for the curator to write.
/// </summary>
public static class CurationSnippets
{
    public const string WhyPlaceholder = "<your reason>";

    public static string Drop(string edgeId) => $"drop:\n  - {{edge: {Quote(edgeId)}, why: {Quote(WhyPlaceholder)}}}\n";

    public static string Retype(string edgeId, string type) => $"retype:\n  - {{edge: {Quote(edgeId)}, type: {type}, why: {Quote(WhyPlaceholder)}}}\n";

    public static string Attribute(string edgeId, string stakeholderId) =>
        $"attribute:\n  - {{edge: {Quote(edgeId)}, source: {Quote(stakeholderId)}, why: {Quote(WhyPlaceholder)}}}\n";

    /// <summary>The other statement types the schema allows from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static IEnumerable<string> RetypesOf(GraphEdge edge, NodeKind source, NodeKind target)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return GraphSchema.Default.Relationships
            .Where(r => r.Type != edge.Type && RelationTypes.Statements.Contains(r.Type) && r.From.Contains(source) && r.To.Contains(target))
            .Select(r => r.Type);
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
