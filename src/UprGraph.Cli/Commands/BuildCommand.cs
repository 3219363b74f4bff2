using System.CommandLine;
using Spectre.Console;
using UprGraph.Export;
using UprGraph.Graph;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph build [inputs...] [--out DIR]: the main job. Reads the documents (default: seeds/), writes graph.json and
/// every export next to it, and prints the graph's summary and the most criticised laws and articles.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Documents("Documents or folders of documents (.txt, .pdf, .docx). Default: seeds/.");
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var jobs = GraphInputs.Jobs();
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Only these outputs: " + string.Join(", ", GraphSinks.All.Select(s => s.Name)) + " (repeatable; default: all).",
            AllowMultipleArgumentsPerToken = true,
        };
        formats.OneOf([.. GraphSinks.All.Select(s => s.Name)]);
        var top = new Option<int>("--top") { Description = "Rows in the printed rankings.", DefaultValueFactory = _ => 10 }.AtLeast(0);
        var command = new Command("build", "Extract the knowledge graph of UPR summaries and write graph.json and its exports.")
        {
            inputs, output, jobs, formats, top,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(inputs) ?? [];
            var directory = parse.GetValue(output)!;
            OutputSet.Check(directory);
            var result = GraphInputs.Extract(context, given.Length > 0 ? given : ["seeds"], parse.GetValue(jobs));
            if (result is null)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parse.GetValue(formats) ?? [];
            var sinks = Sinks(wanted);
            var written = GraphSinks.WriteAll(result.Graph, directory, sinks);
            if (!context.Quiet)
            {
                Print(context, result, written, parse.GetValue(top));
            }

            return result.Failures.Count > 0 || result.Warnings.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static List<IGraphSink> Sinks(string[] wanted)
    {
        if (wanted.Length == 0)
        {
            return [.. GraphSinks.All];
        }

        var names = wanted.SelectMany(OptionRules.Split).ToList();
        return GraphSinks.All.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    private static void Print(CliContext context, CorpusResult result, IReadOnlyList<string> written, int top)
    {
        var graph = result.Graph;
        context.Console.Write(Tables.Summary(graph, result.Documents, result.Failures.Count, result.Warnings.Select(w => w.File).Distinct().Count()));
        foreach (var warning in result.Warnings)
        {
            context.Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }

        context.Console.Write(Tables.Ranking("Most criticised laws (distinct stakeholders criticising or asking to amend or repeal)", GraphRankings.TopLaws(graph, top), "Critics"));
        context.Console.Write(Tables.Ranking("Most criticised articles", GraphRankings.TopArticles(graph, top), "Critics"));
        foreach (var path in written)
        {
            context.Console.MarkupLine($"wrote [green]{Markup.Escape(path)}[/]");
        }
    }
}
