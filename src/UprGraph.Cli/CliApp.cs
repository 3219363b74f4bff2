using System.CommandLine;
using UprGraph.Cli.Commands;
using UprGraph.Model;

namespace UprGraph.Cli;

/// <summary>
/// The upr-graph command line: build, eval, query, export, load, review, gold. The only place that prints and that turns
/// exceptions into exit codes (1 bad input or an output that cannot be written, 2 usage, 3 Neo4j, 70 a bug). No stack
/// trace reaches the user: an exception nothing else expects is one line and exit 70, with the trace under --verbose.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await ParseAndInvokeAsync(args, context, cancellationToken).ConfigureAwait(false);
        }
        catch (InputException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Export.OutputException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Neo4j.Neo4jException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Neo4j;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("upr-graph: cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last-resort handler: whatever escapes the commands is a bug, reported in one line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var verbose = context.Verbose || args.Contains("--verbose", StringComparer.Ordinal);
            await context.Error.WriteLineAsync(LastResort.Message(e, verbose)).ConfigureAwait(false);
            return ExitCodes.Bug;
        }
    }

    private static async Task<int> ParseAndInvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and requested data.", Recursive = true };
        var verbose = new Option<bool>("--verbose") { Description = "Print timings, and the stack trace of an internal error.", Recursive = true };
        var vocabulary = new Option<string?>("--vocabulary")
        {
            Description = "A folder of word lists (reporting-verbs.txt, problem-cues.txt, act-heads.txt, ...) whose entries are added to the built-in ones for this run.",
            Recursive = true,
        };
        var root = new RootCommand("upr-graph: turns UN Universal Periodic Review summaries of stakeholders' submissions into a knowledge graph.");
        root.Options.Add(quiet);
        root.Options.Add(verbose);
        root.Options.Add(vocabulary);
        root.Subcommands.Add(BuildCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(QueryCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        foreach (var extra in ExtraCommands(context))
        {
            root.Subcommands.Add(extra);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync("upr-graph: " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Try 'upr-graph --help'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        context.Quiet = parse.GetValue(quiet);
        context.Verbose = parse.GetValue(verbose);
        if (parse.GetValue(vocabulary) is { } folder)
        {
            context.Vocabulary = context.Vocabulary.With(folder);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<Command> ExtraCommands(CliContext context)
    {
        yield return LoadCommand.Create(context);
        yield return ReviewCommand.Create(context);
        yield return GoldCommand.Create(context);
    }

}
