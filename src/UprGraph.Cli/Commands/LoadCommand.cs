using System.CommandLine;
using Spectre.Console;
using UprGraph.Neo4j;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph load [inputs... | --graph FILE]: writes the graph into Neo4j over its HTTP API. The connection comes from
/// NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, or the options; the password is never printed.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Documents("Documents or folders to extract (or give --graph).");
        var graphFile = GraphInputs.GraphFile();
        var jobs = GraphInputs.Jobs();
        var curation = new CurationOptions();
        var uri = new Option<string?>("--uri") { Description = "Neo4j HTTP(S) address (default: NEO4J_URI or " + Neo4jSettings.DefaultUri + ")." };
        var user = new Option<string?>("--user") { Description = "User name (default: NEO4J_USERNAME or neo4j)." };
        var database = new Option<string?>("--database") { Description = "Database on Neo4j 4.x/5.x (default: NEO4J_DATABASE or neo4j)." };
        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction.", DefaultValueFactory = _ => Neo4jSettings.DefaultBatchSize }.AtLeast(1);
        var command = new Command("load", "Load the graph into Neo4j (idempotent; re-loading a document replaces its relations). The password comes from NEO4J_PASSWORD.")
        {
            inputs, graphFile, jobs, uri, user, database, batch,
        };
        curation.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var built = GraphInputs.Resolve(context, parse.GetValue(inputs) ?? [], parse.GetValue(graphFile), parse.GetValue(jobs), curation.Resolve(parse, context, parse.GetValue(graphFile)));
            if (built is null)
            {
                return ExitCodes.BadInput;
            }

            var (graph, status) = (built.Graph, built.Status);

            var settings = Neo4jSettings.FromOptions(parse.GetValue(uri), parse.GetValue(user), parse.GetValue(database), parse.GetValue(batch));
            if (settings.Note is { } note && !context.Quiet)
            {
                context.Console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
            }

            using var client = new HttpCypherClient(settings);
            var loader = new GraphLoader(client, settings.BatchSize);
            LoadReport report;
            if (!context.Quiet && context.Console.Profile.Capabilities.Interactive)
            {
                report = await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("Loading into Neo4j", maxValue: graph.Nodes.Count + graph.Edges.Count);
                    return await loader.LoadAsync(graph, new Progress<LoadProgress>(p => task.Description = $"{p.Stage}: {p.Name} {p.Done}/{p.Total}"), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                report = await loader.LoadAsync(graph, null, cancellationToken).ConfigureAwait(false);
            }

            if (!context.Quiet)
            {
                context.Console.MarkupLine(
                    $"Loaded into Neo4j {Markup.Escape(report.ServerVersion)} at {Markup.Escape(settings.Uri.ToString())}: {report.NodesWritten} nodes, " +
                    $"{report.RelationshipsWritten} relationships ({report.RelationshipsCreated} new, {report.StaleRelationshipsDeleted} stale removed; " +
                    $"{report.StaleNodesDeleted} stale nodes removed) " +
                    $"in {report.Batches} batches, {report.Elapsed.TotalSeconds:F1} s.");
            }

            return status;
        });
        return command;
    }
}
