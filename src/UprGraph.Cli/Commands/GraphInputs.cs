using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using UprGraph.Curation;
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

    public static Option<int> Jobs() => new Option<int>("--jobs", "-j")
    {
        Description = "Documents extracted at once (default: one per core; 1 = sequential).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    }.AtLeast(1);

    public static Option<string?> GraphFile() => new("--graph")
    {
        Description = "Read this graph.json (from 'build') instead of extracting documents.",
    };

    /// <summary>
    /// Extracts the documents given (none: <c>seeds/</c> in the working directory, else the seed embedded in the tool) and
    /// applies the curation file, printing its summary; null after printing why no document could be read.
    /// </summary>
    public static GraphBuild? Build(CliContext context, IReadOnlyList<string> inputs, int jobs, string? curationFile)
    {
        if (inputs.Count > 0)
        {
            return Curate(context, Extract(context, inputs, jobs, curationFile is not null), curationFile);
        }

        var seeds = Path.Combine(context.WorkingDirectory, "seeds");
        if (Directory.Exists(seeds))
        {
            return Curate(context, Extract(context, [seeds], jobs, curationFile is not null), curationFile);
        }

        using var seed = EmbeddedSeed.Write();
        var built = Curate(context, Extract(context, [seed.File], jobs, curationFile is not null), curationFile);
        if (built is not null && !context.Quiet)
        {
            var document = built.Graph.NodesOf(NodeKind.Document).First();
            var country = built.Graph.NodesOf(NodeKind.Country).FirstOrDefault()?.Name ?? document.Country;
            context.Console.MarkupLine(Markup.Escape(
                $"No input given and no seeds/ folder here: built the seed embedded in upr-graph, {document.Symbol} ({country}, session {document.Session}, {document.Year})."));
        }

        return built;
    }

    /// <summary>Extracts the documents; returns the result, or null after printing why nothing could be read.</summary>
    public static CorpusResult? Extract(CliContext context, IReadOnlyList<string> inputs, int jobs, bool keepDocuments = false)
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
                return extractor.Extract(files, jobs, new Progress<string>(_ => task.Increment(1)), keepDocuments);
            });
        }
        else
        {
            result = extractor.Extract(files, jobs, keepDocuments: keepDocuments);
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

    /// <summary>The graph of --graph FILE as it is, or of the documents given (curated); null when no document could be read.</summary>
    public static GraphBuild? Resolve(CliContext context, IReadOnlyList<string> inputs, string? graphFile, int jobs, string? curationFile)
    {
        if (graphFile is null)
        {
            return Build(context, inputs, jobs, curationFile);
        }

        if (inputs.Count > 0)
        {
            throw new InputException("give documents or --graph, not both");
        }

        return new GraphBuild(ReadGraph(graphFile), null, null, ExitCodes.Ok);
    }

    private static GraphBuild? Curate(CliContext context, CorpusResult? corpus, string? curationFile)
    {
        if (corpus is null)
        {
            return null;
        }

        var status = corpus.Failures.Count > 0 || corpus.Warnings.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        if (curationFile is null)
        {
            return new GraphBuild(corpus.Graph, corpus, null, status);
        }

        var curation = GraphCurator.Apply(corpus.Graph, CurationReader.ReadFile(curationFile), new SegmentedDocuments(corpus.Segmented), context.Vocabulary);
        if (!context.Quiet)
        {
            context.Console.MarkupLine(Markup.Escape(curation.Summary));
        }

        foreach (var stale in curation.Stale)
        {
            if (context.Quiet)
            {
                context.Error.WriteLine(stale.ToString());
            }
            else
            {
                context.Console.MarkupLine("[yellow]" + Markup.Escape(stale.ToString()) + "[/]");
            }
        }

        return new GraphBuild(curation.Graph, corpus, curation, status);
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
