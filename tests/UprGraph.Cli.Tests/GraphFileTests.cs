namespace UprGraph.Cli.Tests;

/// <summary>A graph.json that breaks its contract is refused by name (exit 1), never read silently.</summary>
public sealed class GraphFileTests
{
    [Fact]
    public async Task A_graph_of_an_unknown_schema_version_is_refused_naming_the_version()
    {
        // Arrange
        var path = Path.Combine(CliRun.TempFolder(), "graph.json");
        File.WriteAllText(path, """{"schemaVersion": 7, "generator": "UprGraph", "nodes": [], "edges": []}""");

        // Act
        var run = await CliRun.RunAsync("query", "top-laws", "--graph", path);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}:1:1: schemaVersion 7 is unknown; this UprGraph reads versions 1 and 2 (was the file written by a newer UprGraph?)", run.Error.TrimEnd());
    }

    [Fact]
    public async Task A_graph_with_a_node_id_twice_is_refused_naming_the_id()
    {
        // Arrange
        var path = Path.Combine(CliRun.TempFolder(), "graph.json");
        File.WriteAllText(path, """
            {"schemaVersion": 2, "nodes": [
              {"id": "law:MDA:criminal-code", "kind": "Law", "name": "Criminal Code", "proposed": false},
              {"id": "law:MDA:criminal-code", "kind": "Law", "name": "Contravention Code", "proposed": false}], "edges": []}
            """);

        // Act
        var run = await CliRun.RunAsync("export", "--format", "graphml", "--graph", path, "--out", CliRun.TempFolder());

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}:1:1: not a UprGraph graph.json: the node id \"law:MDA:criminal-code\" occurs twice", run.Error.TrimEnd());
    }
}
