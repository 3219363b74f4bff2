using System.CommandLine;
using Spectre.Console;
using UprGraph.Curation.Gold;
using UprGraph.Export;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph gold DOCUMENT --curation FILE [--out FILE]: the curated graph of one document as a gold annotation (the
/// format of shared/gold/README.md), so that a document a researcher has corrected becomes the measure of the extractor.
/// Without --out the JSON goes to standard output.
/// </summary>
internal static class GoldCommand
{
    public static Command Create(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document (.txt, .pdf, .docx)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the gold file here (default: standard output)." };
        var curation = new CurationOptions();
        var command = new Command("gold", "Write the curated graph of a document as a gold annotation (shared/gold/README.md).") { document, output };
        curation.AddTo(command);
        command.SetAction(parse =>
        {
            var curationFile = curation.Resolve(parse, context);
            var built = GraphInputs.Build(parse.GetValue(output) is null ? Silent(context) : context, [parse.GetValue(document)!], 1, curationFile);
            if (built is null)
            {
                return ExitCodes.BadInput;
            }

            var symbol = built.Graph.NodesOf(NodeKind.Document).Select(d => d.Symbol).OfType<string>().Single();
            if (parse.GetValue(output) is { } file)
            {
                AtomicOutput.WriteFile(file, stream => GoldWriter.Write(built.Graph, symbol, stream));
                if (!context.Quiet)
                {
                    context.Console.MarkupLine($"wrote [green]{Markup.Escape(file)}[/] ({Markup.Escape(symbol)}{(curationFile is null ? ", no curation file" : "")})");
                }
            }
            else
            {
                using var buffer = new MemoryStream();
                GoldWriter.Write(built.Graph, symbol, buffer);
                context.Output.Write(ExportEncoding.Utf8.GetString(buffer.ToArray()));
            }

            return built.Status;
        });
        return command;
    }

    /// <summary>The context with the console quiet: standard output carries the gold JSON; stale entries still go to stderr.</summary>
    private static CliContext Silent(CliContext context) =>
        new(context.Console, context.Output, context.Error)
        {
            Quiet = true, Verbose = context.Verbose, WorkingDirectory = context.WorkingDirectory, Vocabulary = context.Vocabulary,
        };
}
