using System.Text;
using UprGraph.Model;

namespace UprGraph.Neo4j;

/// <summary>
/// What each Neo4j generation understands. Schema DDL: 3.x <c>CREATE CONSTRAINT ON (n:Law) ASSERT n.id IS UNIQUE</c> and
/// <c>CREATE INDEX ON :Law(name)</c> (both no-ops when they exist); 4.4, 5.x and later named, with <c>IF NOT EXISTS</c>.
/// A property that has a uniqueness constraint is indexed by it, so no second index is made for it. Load statements
/// (<see cref="Load"/>): 3.x and 4.x find nodes and relationships by <c>id()</c>, 5.x and later by <c>elementId()</c>
/// (<c>id()</c> is deprecated there, and its numbers may be reused).
/// </summary>
public sealed class CypherDialect
{
    private readonly bool _legacy;
    private readonly string _schemaNote;

    private CypherDialect(string name, bool legacy, string internalId, string schemaNote)
    {
        Name = name;
        _legacy = legacy;
        _schemaNote = schemaNote;
        Load = new LoadStatements(internalId);
    }

    public static CypherDialect Neo4j3 { get; } = new("3.x", legacy: true, "id", "");

    public static CypherDialect Neo4j4 { get; } = new("4.x", legacy: false, "id", "");

    public static CypherDialect Neo4j5 { get; } = new("5.x", legacy: false, "elementId", " (and 4.4)");

    /// <summary>"3.x", "4.x" or "5.x" (the latter also serves calendar versions: 2025.01 and later).</summary>
    public string Name { get; }

    /// <summary>The Cypher text of a load on this generation.</summary>
    internal LoadStatements Load { get; }

    public static CypherDialect For(int major) => major switch
    {
        3 => Neo4j3,
        4 => Neo4j4,
        _ => Neo4j5,
    };

    /// <summary>Constraints first, then the indexes no constraint covers; each once.</summary>
    public IReadOnlyList<string> SchemaStatements(IEnumerable<SchemaIndex> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var all = indexes.Distinct().ToList();
        var unique = all.Where(i => i.Unique).ToList();
        var plain = all.Where(i => !i.Unique && !unique.Any(u => u.Label == i.Label && u.Property == i.Property));
        return unique.Select(Constraint).Concat(plain.Select(Index)).ToList();
    }

    /// <summary>The statements as a script for cypher-shell or Neo4j Browser, with a header saying where it comes from.</summary>
    public string SchemaScript(IEnumerable<SchemaIndex> indexes)
    {
        var text = new StringBuilder()
            .Append("// UprGraph: uniqueness constraints and indexes for Neo4j ").Append(Name)
            .Append(_schemaNote).Append('\n')
            .Append("// Run once before loading by hand, e.g. cypher-shell -u neo4j < cypher/schema-").Append(Name).Append(".cypher\n")
            .Append("// Generated from graph-schema/graph-schema.json by CypherDialect (a test keeps this file equal to it); do not edit.\n");
        foreach (var statement in SchemaStatements(indexes))
        {
            text.Append(statement).Append(";\n");
        }

        return text.ToString();
    }

    private string Constraint(SchemaIndex index)
    {
        var (label, property) = Names(index);
        return _legacy
            ? $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{property} IS UNIQUE"
            : $"CREATE CONSTRAINT {SchemaName(label, property)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{property} IS UNIQUE";
    }

    private string Index(SchemaIndex index)
    {
        var (label, property) = Names(index);
        return _legacy
            ? $"CREATE INDEX ON :{label}({property})"
            : $"CREATE INDEX {SchemaName(label, property)} IF NOT EXISTS FOR (n:{label}) ON (n.{property})";
    }

    private static (string Label, string Property) Names(SchemaIndex index) =>
        (CypherNames.Label(index.Label), CypherNames.Property(index.Property));

    private static string SchemaName(string label, string property) =>
        label.ToLowerInvariant() + "_" + property.ToLowerInvariant();
}
