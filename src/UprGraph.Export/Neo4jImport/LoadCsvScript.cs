using System.Text;
using UprGraph.Model;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// <c>load-csv.cypher</c>: builds the same graph as neo4j-admin import from the same CSV files with
/// <c>LOAD CSV WITH HEADERS</c> and MERGE, for a running database (cypher-shell or Neo4j Browser). Labels and
/// relationship types are fixed per statement; every value is read from the files, none is written into the Cypher.
/// </summary>
public static class LoadCsvScript
{
    public static string Write(Neo4jImportLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var text = new StringBuilder();
        text.Append("""
            // Builds the UprGraph graph from the CSV files of this folder with LOAD CSV (Neo4j 3.1 to 4.x as written).
            // 1. Copy the *.csv files into the database's import folder (dbms.directories.import, usually <neo4j>/import).
            // 2. Run: cypher-shell -u neo4j -p <password> < load-csv.cypher, or paste one statement at a time into Neo4j Browser.
            // Re-running is safe: nodes merge on id, relationships on their id.
            // Neo4j 3.x on Java 17: LOAD CSV fails ("cannot access class sun.net.www.protocol.http.HttpURLConnection") unless
            //   neo4j.conf has dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.<p>=ALL-UNNAMED for p in http, ftp, file, jar.
            // Neo4j 5 writes constraints as: CREATE CONSTRAINT IF NOT EXISTS FOR (n:Law) REQUIRE n.id IS UNIQUE;
            //   and indexes as: CREATE INDEX IF NOT EXISTS FOR (n:Law) ON (n.name);

            """).Append('\n');
        foreach (var index in GraphSchema.Default.Indexes.Where(i => layout.Nodes.ContainsKey(i.Label)))
        {
            text.Append(index.Unique
                ? $"CREATE CONSTRAINT ON (n:{index.Label}) ASSERT n.{index.Property} IS UNIQUE;\n"
                : $"CREATE INDEX ON :{index.Label}({index.Property});\n");
        }

        foreach (var kind in layout.Nodes.Keys)
        {
            text.Append('\n').Append(CultureText($"// {layout.Nodes[kind]} {kind} nodes\n"));
            text.Append($"LOAD CSV WITH HEADERS FROM 'file:///{Neo4jImportFiles.Nodes(kind)}' AS row\n");
            text.Append($"MERGE (n:{kind} {{id: row.`id:ID`}})\n");
            AppendSet(text, "n", Neo4jCsvHeader.NodeColumns(kind));
        }

        foreach (var (type, count) in layout.Relationships)
        {
            text.Append('\n').Append(CultureText($"// {count} {type} relationships\n"));
            text.Append($"LOAD CSV WITH HEADERS FROM 'file:///{Neo4jImportFiles.Relationships(type)}' AS row\n");
            AppendMatch(text, "a", layout.StartLabels(type), ":START_ID");
            AppendMatch(text, "b", layout.EndLabels(type), ":END_ID");
            text.Append($"MERGE (a)-[r:{type} {{id: row.id}}]->(b)\n");
            AppendSet(text, "r", Neo4jCsvHeader.RelationshipColumns.Where(c => c.Name != "id"));
        }

        return text.ToString();
    }

    private static string CultureText(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>One label: a plain MATCH. Several: an OPTIONAL MATCH per label (each uses its id constraint), then coalesce.</summary>
    private static void AppendMatch(StringBuilder text, string name, IReadOnlyCollection<NodeKind> labels, string column)
    {
        if (labels.Count == 1)
        {
            text.Append($"MATCH ({name}:{labels.First()} {{id: row.`{column}`}})\n");
            return;
        }

        var names = labels.Select((label, i) => (Label: label, Name: name + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        foreach (var (label, variable) in names)
        {
            text.Append($"OPTIONAL MATCH ({variable}:{label} {{id: row.`{column}`}})\n");
        }

        var keep = name == "a" ? "row" : "row, a";
        text.Append($"WITH {keep}, coalesce({string.Join(", ", names.Select(n => n.Name))}) AS {name}\n");
        text.Append($"WHERE {name} IS NOT NULL\n");
    }

    private static void AppendSet(StringBuilder text, string variable, IEnumerable<SchemaProperty> columns)
    {
        var assignments = columns.Select(c => $"{variable}.{c.Name} = {Read(c)}").ToList();
        text.Append(assignments.Count == 0 ? ";\n" : "SET " + string.Join(",\n    ", assignments) + ";\n");
    }

    /// <summary>The Cypher that turns a CSV cell into the property's type; an empty cell is null, which sets nothing.</summary>
    private static string Read(SchemaProperty column)
    {
        var cell = $"row.`{Neo4jCsvHeader.Column(column)}`";
        return column.Type switch
        {
            PropertyType.Int => $"toInteger({cell})",
            PropertyType.Bool => $"CASE {cell} WHEN 'true' THEN true WHEN 'false' THEN false END",
            PropertyType.StringList or PropertyType.WarningList => $"split({cell}, ';')",
            PropertyType.IntList => $"[x IN split({cell}, ';') | toInteger(x)]",
            _ => cell,
        };
    }
}
