using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Neo4j;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>The baseline: one statement, one HTTP request and one transaction per relationship (what a first attempt does).</summary>
internal static class NaiveLoader
{
    public static async Task LoadAsync(ICypherClient client, KnowledgeGraph graph, IReadOnlyList<GraphEdge> edges)
    {
        foreach (var edge in edges)
        {
            var text = $"MATCH (a:{graph[edge.Source].Kind} {{id: $s}}) MATCH (b:{graph[edge.Target].Kind} {{id: $t}}) "
                + $"MERGE (a)-[r:{edge.Type} {{id: $id}}]->(b) SET r = $p";
            var parameters = new Dictionary<string, object?>
            {
                ["s"] = edge.Source,
                ["t"] = edge.Target,
                ["id"] = edge.Id,
                ["p"] = Properties(edge),
            };
            await client.RunAsync([new CypherStatement(text, parameters)]).ConfigureAwait(false);
        }
    }

    /// <summary>The same property map the batched loader writes: the schema's relationship properties that are set.</summary>
    private static Dictionary<string, object?> Properties(GraphEdge edge) =>
        GraphSchema.Default.RelationshipProperties
            .Select(p => (p.Name, Value: edge.GetProperty(p.Name)))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Name, p => p.Value is IReadOnlyList<int> list ? list.ToArray() : p.Value);
}
