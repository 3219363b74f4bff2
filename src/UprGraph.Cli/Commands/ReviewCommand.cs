using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using UprGraph.Export.Review;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph review [inputs... | --graph FILE] [--document SYMBOL] [--paragraph N] [--html FILE]: every edge of one
/// document of the curated graph, paragraph by paragraph beside its sentence, curated edges marked with a star and their
/// reason, each with the id a curation entry names; with --html, a page offering for each edge the entries that would
/// correct it.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Documents("Documents or folders to extract (or give --graph).");
        var graphFile = GraphInputs.GraphFile();
        var jobs = GraphInputs.Jobs();
        var document = new Option<string?>("--document", "-d") { Description = "The document to review, by symbol (needed when the graph has several)." };
        var paragraph = new Option<int?>("--paragraph", "-p") { Description = "Only this paragraph." };
        var html = new Option<string?>("--html") { Description = "Also write a review page with the curation entries that would correct each edge." };
        var curation = new CurationOptions();
        var command = new Command("review", "Show every edge of a document beside its sentence, curated edges marked, to write a curation file.")
        {
            inputs, graphFile, jobs, document, paragraph, html,
        };
        curation.AddTo(command);
        command.SetAction(parse =>
        {
            var curationFile = curation.Resolve(parse, context, parse.GetValue(graphFile));
            var built = GraphInputs.Resolve(context, parse.GetValue(inputs) ?? [], parse.GetValue(graphFile), parse.GetValue(jobs), curationFile);
            if (built is null)
            {
                return ExitCodes.BadInput;
            }

            var symbol = Symbol(built.Graph, parse.GetValue(document));
            var review = ReviewDocument.Of(
                built.Graph, symbol, parse.GetValue(paragraph),
                id => built.Curation is { } c ? c.OriginalId(id) : id,
                id => built.Curation is { } c && c.AddedAt.TryGetValue(id, out var line) ? line : null);
            if (parse.GetValue(paragraph) is { } number && review.Paragraphs.Count == 0)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{symbol}: paragraph {number} has no edge."));
            }

            Print(context, review);
            if (parse.GetValue(html) is { } page)
            {
                ReviewPageWriter.WriteFile(review, built.Curation?.File, page);
                if (!context.Quiet)
                {
                    context.Console.MarkupLine($"wrote [green]{Markup.Escape(page)}[/]");
                }
            }

            return built.Status;
        });
        return command;
    }

    private static string Symbol(Graph.KnowledgeGraph graph, string? asked)
    {
        var symbols = graph.NodesOf(NodeKind.Document).Select(d => d.Symbol).OfType<string>().ToList();
        if (asked is not null)
        {
            return symbols.Contains(asked) ? asked : throw new InputException($"--document {asked}: not in the graph; its documents are {string.Join(", ", symbols)}");
        }

        return symbols.Count == 1 ? symbols[0] : throw new InputException($"the graph has {symbols.Count} documents; choose one with --document ({string.Join(", ", symbols)})");
    }

    private static void Print(CliContext context, ReviewDocument review)
    {
        // Plain lines, never wrapped: the ids are what curation entries name.
        var console = context.Output;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{review.Symbol}: {review.EdgeCount} edge(s) in {review.Paragraphs.Count} paragraph(s); * marks a curated edge"));
        foreach (var paragraph in review.Paragraphs)
        {
            console.WriteLine();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraph.Number}"));
            foreach (var sentence in paragraph.Sentences)
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{sentence.Index}] {sentence.Text}"));
                foreach (var item in sentence.Edges)
                {
                    var edge = item.Edge;
                    var footnotes = edge.Footnotes.Count > 0 ? " · footnotes " + string.Join(", ", edge.Footnotes.Select(f => f.ToString(CultureInfo.InvariantCulture))) : "";
                    console.WriteLine($"    {(edge.Curated ? "*" : "-")} {item.SourceName} {edge.Type} {item.TargetName} · via {edge.Via ?? "?"}{footnotes}");
                    console.WriteLine("      " + (item.EntryId ?? string.Create(CultureInfo.InvariantCulture, $"{edge.Id} (added at line {item.AddedAt})")));
                    if (edge.Curated)
                    {
                        console.WriteLine("      curated: " + (edge.Why ?? ""));
                    }
                }
            }
        }
    }
}
