using System.CommandLine;
using UprGraph.Curation;
using UprGraph.Evaluation;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>
/// upr-graph eval INPUTS... --gold FILE|FOLDER... [--json]: each document extracted on its own and scored against the
/// gold file of its symbol exactly as <c>shared/gold/score.py</c> scores it; per document, micro totals and macro
/// average per relation type, and each document's missed and spurious relations with their sentences. A document or
/// gold file without a partner is a warning and exit 1; two documents with one symbol are a usage error (exit 2).
/// One document file with one gold file prints the one-document JSON of earlier versions. With a curation file
/// (--curation, else ./curation.yaml), each document's graph is curated before it is scored.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Documents or folders of documents to extract (.txt, .pdf, .docx).", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold annotations (format of shared/gold/README.md): .json files or folders of them (repeatable).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var curation = new CurationOptions();
        var command = new Command("eval", "Score the graphs extracted from documents against gold annotations, as shared/gold/score.py does.") { inputs, gold, json };
        curation.AddTo(command);
        command.SetAction(parse =>
        {
            var curationFile = curation.Resolve(parse, context);
            var corrections = curationFile is null ? null : CurationReader.ReadFile(curationFile);
            var curated = new List<CurationResult>();
            var given = parse.GetValue(inputs) ?? [];
            var goldGiven = parse.GetValue(gold) ?? [];
            var files = InputFiles.Expand(given);
            var golds = GoldFiles(goldGiven).Select(f => (f, GoldDocument.Read(f))).ToList();
            var pipeline = Pipelines.Create(context);
            var skipped = 0;
            var graphs = new Dictionary<string, KnowledgeGraph>(StringComparer.Ordinal);
            var symbols = new List<(string File, string Symbol)>();
            foreach (var file in files)
            {
                try
                {
                    var extraction = pipeline.Relate(pipeline.Read(file));
                    graphs[file] = DocumentGraphBuilder.Build(extraction);
                    if (corrections is not null)
                    {
                        // Each document is scored on its own, so the curation file applies to each document's graph.
                        var result = GraphCurator.Apply(graphs[file], corrections, new SegmentedDocuments([extraction.Document]), context.Vocabulary);
                        graphs[file] = result.Graph;
                        curated.Add(result);
                    }

                    symbols.Add((file, extraction.Document.Info.Symbol));
                }
                catch (InputException e)
                {
                    context.Error.WriteLine("skipped: " + e.Message);
                    skipped++;
                }
            }

            if (corrections is not null)
            {
                PrintCuration(context, curationFile!, curated);
            }

            var pairs = EvaluationPairs.Pair(symbols, golds);
            if (pairs.Duplicates.Count > 0)
            {
                foreach (var duplicate in pairs.Duplicates)
                {
                    context.Error.WriteLine("upr-graph: eval: " + duplicate);
                }

                return ExitCodes.Usage;
            }

            var corpus = new CorpusEvaluation(pairs.Pairs.Select(p => Evaluator.Evaluate(graphs[p.Document], p.Gold)).ToList(), pairs.Unpaired);
            var single = given.Length == 1 && File.Exists(given[0]) && goldGiven.Length == 1 && File.Exists(goldGiven[0]) && corpus.Documents.Count == 1;
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(single ? EvaluationJson.Document(corpus.Documents[0]) : EvaluationJson.Corpus(corpus));
            }
            else
            {
                EvaluationTables.Print(context, corpus);
            }

            foreach (var line in pairs.Unpaired)
            {
                context.Error.WriteLine("warning: unpaired: " + line);
            }

            return pairs.Unpaired.Count > 0 || skipped > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"curation: FILE, N applied, M stale" over the documents, and the stale entries (to stderr: stdout may be JSON).</summary>
    private static void PrintCuration(CliContext context, string file, IReadOnlyList<CurationResult> results)
    {
        var (applied, stale) = CurationResult.Across(results);
        context.Error.WriteLine($"curation: {file}, {applied} applied, {stale.Count} stale");
        foreach (var entry in stale)
        {
            context.Error.WriteLine(entry.ToString());
        }
    }

    /// <summary>The .json files given, and those of the folders given, by name.</summary>
    private static List<string> GoldFiles(IEnumerable<string> given)
    {
        var files = new List<string>();
        foreach (var path in given)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw InputException.Unreadable(path, "no such gold file or folder");
            }
        }

        return files;
    }
}
