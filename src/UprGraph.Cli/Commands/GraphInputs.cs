using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using UprGraph.Export.Json;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>
/// Where a command gets its graph: documents to extract (files and folders, in parallel, with a progress bar on a
/// terminal), or a graph.json written by an earlier build.
/// </summary>
internal static class GraphInputs
{
    public static Argument<string[]> Documents(string description)
    {
        var argument = new Argument<string[]>("inputs") { Description = description, Arity = ArgumentArity.ZeroOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        return argument;
    }

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Documents extracted at once (default: one per core; 1 = sequential).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<string?> GraphFile() => new("--graph")
    {
        Description = "Read this graph.json (from 'build') instead of extracting documents.",
    };

    /// <summary>Extracts the documents; returns the result, or null after printing why nothing could be read.</summary>
    public static CorpusResult? Extract(CliContext context, IReadOnlyList<string> inputs, int jobs)
    {
        var files = InputFiles.Expand(inputs);
        if (files.Count == 0)
        {
            throw new InputException($"{string.Join(", ", inputs)}: no .txt, .pdf or .docx documents to read");
        }

        var extractor = new CorpusExtractor(Pipelines.Create(context));
        var clock = Stopwatch.StartNew();
        CorpusResult result;
        if (!context.Quiet && files.Count > 1 && context.Console.Profile.Capabilities.Interactive)
        {
            result = context.Console.Progress().Start(progress =>
            {
                var task = progress.AddTask("Reading documents", maxValue: files.Count);
                return extractor.Extract(files, jobs, new Progress<string>(_ => task.Increment(1)));
            });
        }
        else
        {
            result = extractor.Extract(files, jobs);
        }

        foreach (var failure in result.Failures)
        {
            context.Error.WriteLine("skipped: " + failure.Message);
        }

        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine("warning: " + warning);
        }

        if (context.Verbose)
        {
            var megabytes = files.Sum(f => new FileInfo(f).Length) / 1e6;
            context.Console.MarkupLine($"[grey]Extracted {result.Documents} document(s), {megabytes:F1} MB, in {clock.Elapsed.TotalSeconds:F2} s ({megabytes / clock.Elapsed.TotalSeconds:F1} MB/s, {jobs} job(s)).[/]");
        }

        if (result.Documents == 0)
        {
            context.Error.WriteLine("upr-graph: no document could be read; nothing written.");
            return null;
        }

        return result;
    }

    /// <summary>The graph of --graph FILE, or of the documents given (default seeds/); null with the exit code when none could be read.</summary>
    public static (KnowledgeGraph? Graph, int Status) Resolve(CliContext context, IReadOnlyList<string> inputs, string? graphFile, int jobs)
    {
        if (graphFile is not null)
        {
            return (ReadGraph(graphFile), ExitCodes.Ok);
        }

        var result = Extract(context, inputs.Count > 0 ? inputs : ["seeds"], jobs);
        return result is null ? (null, ExitCodes.BadInput) : (result.Graph, result.Failures.Count > 0 || result.Warnings.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok);
    }

    public static KnowledgeGraph ReadGraph(string path)
    {
        if (!File.Exists(path))
        {
            throw InputException.Unreadable(path, "no such file; run 'upr-graph build' first or give documents");
        }

        return GraphJsonReader.ReadFile(path);
    }
}
