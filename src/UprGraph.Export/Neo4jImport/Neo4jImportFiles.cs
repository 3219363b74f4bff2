using UprGraph.Model;

namespace UprGraph.Export.Neo4jImport;

/// <summary>The file names of a neo4j-import folder: one nodes file per label, one relationships file per type.</summary>
public static class Neo4jImportFiles
{
    public const string ImportScript = "import.sh";

    public const string LoadCsvScript = "load-csv.cypher";

    public static string Nodes(NodeKind kind) => $"nodes-{kind}.csv";

    public static string Relationships(string type) => $"relationships-{type}.csv";
}
