using System.CommandLine;
using Spectre.Console;
using UprGraph.Export;

namespace UprGraph.Cli.Commands;

/// <summary>upr-graph export --format NAME [inputs... | --graph FILE] [--out DIR]: one export on its own.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Documents("Documents or folders to extract (or give --graph).");
        var graphFile = GraphInputs.GraphFile();
        var jobs = GraphInputs.Jobs();
        var curation = new CurationOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "One of: " + string.Join(", ", GraphSinks.All.Select(s => s.Name)) + " (report-html = html).",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. GraphSinks.Names]);
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var command = new Command("export", "Write one export format (GraphML, GEXF, JSON, neo4j-admin CSV, report).") { inputs, graphFile, jobs, format, output };
        curation.AddTo(command);
        command.SetAction(parse =>
        {
            OutputSet.Check(parse.GetValue(output)!);
            var built = GraphInputs.Resolve(context, parse.GetValue(inputs) ?? [], parse.GetValue(graphFile), parse.GetValue(jobs), curation.Resolve(parse, context, parse.GetValue(graphFile)));
            if (built is null)
            {
                return ExitCodes.BadInput;
            }

            var (graph, status) = (built.Graph, built.Status);
            GraphSinks.TryFind(parse.GetValue(format)!, out var sink);
            var written = GraphSinks.WriteAll(graph, parse.GetValue(output)!, [sink!]);
            if (!context.Quiet)
            {
                context.Console.MarkupLine($"wrote [green]{Markup.Escape(written[0])}[/]");
            }

            return status;
        });
        return command;
    }
}
