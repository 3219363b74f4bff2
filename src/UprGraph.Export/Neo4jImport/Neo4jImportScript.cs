using System.Text;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// <c>import.sh</c>: the exact <c>neo4j-admin import</c> command of Neo4j 3.x for the files of the folder, with the
/// 4.x and 5.x forms in comments. The database must not exist yet; neo4j-admin creates it.
/// </summary>
public static class Neo4jImportScript
{
    public static string Write(Neo4jImportLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var files = layout.Nodes.Keys.Select(k => "--nodes=\"$here/" + Neo4jImportFiles.Nodes(k) + "\"")
            .Concat(layout.Relationships.Select(r => "--relationships=\"$here/" + Neo4jImportFiles.Relationships(r.Type) + "\""))
            .ToList();
        var text = new StringBuilder();
        text.Append("""
            #!/bin/sh
            # Imports the CSV files of this folder into a NEW Neo4j database (offline; the database must not exist yet).
            # Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]      (Neo4j 3.x; the database defaults to graph.db)
            # Neo4j 3.x on Java 17: neo4j-admin fails with "Could not get Throwable message field" unless the JDK is opened:
            #   export JDK_JAVA_OPTIONS="$(for p in java.lang java.lang.reflect java.nio java.util java.util.concurrent java.io sun.nio.ch java.lang.invoke java.net jdk.internal.misc jdk.internal.ref sun.nio.fs; do printf -- '--add-opens=java.base/%s=ALL-UNNAMED ' $p; done)"
            # The import summary of 3.x may under-count relationships: check with MATCH ()-[r]->() RETURN count(r).
            # Files use neo4j-admin's defaults: "," between fields, ";" between array items, '"' quotes.
            set -eu
            here=$(cd "$(dirname "$0")" && pwd)
            database=${1:-graph.db}
            "${NEO4J_HOME:?set NEO4J_HOME to the Neo4j installation}/bin/neo4j-admin" import --mode=csv --database="$database"
            """);
        foreach (var file in files)
        {
            text.Append(" \\\n  ").Append(file);
        }

        text.Append('\n');
        text.Append("# Neo4j 4.x: \"$NEO4J_HOME/bin/neo4j-admin\" import --database=neo4j ")
            .AppendJoin(' ', files).Append('\n');
        text.Append("# Neo4j 5.x: \"$NEO4J_HOME/bin/neo4j-admin\" database import full ")
            .AppendJoin(' ', files).Append(" neo4j\n");
        return text.ToString();
    }
}
