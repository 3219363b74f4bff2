using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using UprGraph.Evaluation;

namespace UprGraph.Cli.Commands;

/// <summary>upr-graph eval DOCUMENT --gold GOLD [--json]: precision, recall and F1 per relation type and entity kind, with the missed and spurious relations.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var document = new Argument<string>("document") { Description = "The document to extract (.txt, .pdf, .docx)." };
        var gold = new Option<string>("--gold") { Description = "The gold annotation (format of shared/gold/README.md).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("eval", "Compare the graph extracted from a document with a gold annotation.") { document, gold, json };
        command.SetAction(parse =>
        {
            var graph = Pipelines.Create().ExtractFile(parse.GetValue(document)!);
            var report = Evaluator.Evaluate(graph, GoldDocument.Read(parse.GetValue(gold)!));
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(Json(report));
            }
            else
            {
                Print(context, report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static string Json(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("document", report.Document);
            Scores(writer, "relations", report.Relations);
            Scores(writer, "entities", report.Entities);
            Relations(writer, "missed", report.Missed);
            Relations(writer, "spurious", report.Spurious);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Scores(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Score> scores)
    {
        writer.WriteStartObject(name);
        foreach (var (key, score) in scores.OrderBy(kv => kv.Key == "all" ? "" : kv.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(key);
            writer.WriteNumber("precision", Math.Round(score.Precision, 4));
            writer.WriteNumber("recall", Math.Round(score.Recall, 4));
            writer.WriteNumber("f1", Math.Round(score.F1, 4));
            writer.WriteNumber("tp", score.Tp);
            writer.WriteNumber("fp", score.Fp);
            writer.WriteNumber("fn", score.Fn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Relations(Utf8JsonWriter writer, string name, IReadOnlyList<GoldRelation> relations)
    {
        writer.WriteStartArray(name);
        foreach (var r in relations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", r.Type);
            writer.WriteString("source", r.Source);
            writer.WriteString("target", r.Target);
            writer.WriteNumber("paragraph", r.Paragraph);
            writer.WriteString("evidence", r.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Print(CliContext context, EvaluationReport report)
    {
        var table = new Table().Title(Markup.Escape(report.Document)).Border(TableBorder.Rounded);
        foreach (var header in new[] { "", "precision", "recall", "F1", "tp", "fp", "fn" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var (group, scores) in new[] { ("relations", report.Relations), ("entities", report.Entities) })
        {
            foreach (var (key, s) in scores.OrderBy(kv => kv.Key == "all" ? "" : kv.Key, StringComparer.Ordinal))
            {
                table.AddRow($"{group}: {key}", F(s.Precision), F(s.Recall), F(s.F1), I(s.Tp), I(s.Fp), I(s.Fn));
            }
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[yellow]Missed ({report.Missed.Count})[/]");
        foreach (var r in report.Missed)
        {
            context.Console.WriteLine($"  - {r}  | {r.Evidence}");
        }

        context.Console.MarkupLine($"[yellow]Spurious ({report.Spurious.Count})[/]");
        foreach (var r in report.Spurious)
        {
            context.Console.WriteLine($"  + {r}  | {r.Evidence}");
        }
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
