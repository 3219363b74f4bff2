namespace UprGraph.Neo4j;

/// <summary>How far a load is: the stage ("schema", "nodes", "stale", "relationships"), what it writes, rows done of total.</summary>
public sealed record LoadProgress(string Stage, string Name, int Done, int Total);
