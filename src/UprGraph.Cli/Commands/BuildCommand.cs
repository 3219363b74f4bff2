using System.CommandLine;
using Spectre.Console;
using UprGraph.Export;
using UprGraph.Graph;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph build [inputs...] [--out DIR] [--curation FILE]: the main job. Reads the documents (default: seeds/, else the
/// embedded seed), applies the curation file, writes graph.json and
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
            Description = "Only these outputs: " + string.Join(", ", GraphSinks.All.Select(s => s.Name)) + " (repeatable; default: all; report-html = html).",
            AllowMultipleArgumentsPerToken = true,
        };
        formats.OneOf(GraphSinks.Names);
        var top = new Option<int>("--top") { Description = "Rows in the printed rankings.", DefaultValueFactory = _ => 10 }.AtLeast(0);
        var curation = new CurationOptions();
        var command = new Command("build", "Extract the knowledge graph of UPR summaries, apply the curation file, and write graph.json and its exports.")
        {
            inputs, output, jobs, formats, top,
        };
        curation.AddTo(command);
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(output)!;
            OutputSet.Check(directory);
            var result = GraphInputs.Build(context, parse.GetValue(inputs) ?? [], parse.GetValue(jobs), curation.Resolve(parse, context));
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

            return result.Status;
        });
        return command;
    }

    private static List<IGraphSink> Sinks(string[] wanted)
    {
        if (wanted.Length == 0)
        {
            return [.. GraphSinks.All];
        }

        var chosen = new List<IGraphSink>();
        foreach (var name in wanted.SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!GraphSinks.TryFind(name, out var sink))
            {
                throw new Model.InputException($"--format: unknown output '{name}'; one of {string.Join(", ", GraphSinks.Names)}");
            }

            chosen.Add(sink);
        }

        return GraphSinks.All.Where(chosen.Contains).ToList();
    }

    private static void Print(CliContext context, GraphBuild result, IReadOnlyList<string> written, int top)
    {
        var graph = result.Graph;
        var corpus = result.Corpus!;
        context.Console.Write(Tables.Summary(graph, corpus.Documents, corpus.Failures.Count, corpus.Warnings.Select(w => w.File).Distinct().Count()));
        foreach (var warning in corpus.Warnings)
        {
            context.Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }

        context.Console.Write(Tables.Ranking("Most criticised laws (distinct stakeholders criticising or asking to amend or repeal)", GraphRankings.TopLaws(graph, top), "Critics", "Criticised by"));
        context.Console.Write(Tables.Ranking("Most criticised articles", GraphRankings.TopArticles(graph, top), "Critics", "Criticised by"));
        foreach (var path in written)
        {
            context.Console.MarkupLine($"wrote [green]{Markup.Escape(path)}[/]");
        }
    }
}
