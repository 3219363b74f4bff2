using System.Globalization;
using UprGraph.Graph;
using UprGraph.Neo4j;

namespace UprGraph.Benchmarks.Neo4jLoad;

/// <summary>
/// <c>neo4j-load-graph demo | FILE...</c>: loads the demo graph, or the graphs the pipeline extracts from the files,
/// into the Neo4j of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD. A stand-in for the CLI's load command, used by
/// scripts/neo4j/screenshot-browser.sh.
/// </summary>
internal sealed class Neo4jLoadGraphCommand : IBenchmarkCommand
{
    public string Name => "neo4j-load-graph";

    public string Description => "load the demo graph (demo) or documents (FILE...) into NEO4J_URI";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: neo4j-load-graph demo | FILE...").ConfigureAwait(false);
            return 2;
        }

        KnowledgeGraph graph;
        if (args is ["demo"])
        {
            graph = DemoGraph.Build();
        }
        else
        {
            var pipeline = new ExtractionPipelineBuilder().Build();
            graph = ExtractionPipeline.Merge(args.Select(pipeline.ExtractFile));
        }

        var settings = Neo4jSettings.FromEnvironment();
        using var client = new HttpCypherClient(settings);
        var report = await new GraphLoader(client, settings.BatchSize).LoadAsync(graph).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {report.NodesWritten} nodes and {report.RelationshipsWritten} relationships into Neo4j {report.ServerVersion} in {report.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }
}
