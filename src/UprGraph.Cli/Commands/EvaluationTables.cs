using System.Globalization;
using Spectre.Console;
using UprGraph.Evaluation;
using UprGraph.Model;

namespace UprGraph.Cli.Commands;

/// <summary>
/// The tables of <c>eval</c>: one row per document (relations P, R, F1, tp/fp/fn), the micro totals and the macro
/// average; the same per relation type; each document's entity scores; then its missed and spurious relations.
/// </summary>
internal static class EvaluationTables
{
    public static void Print(CliContext context, CorpusEvaluation corpus)
    {
        var documents = Table("Relations per document");
        foreach (var report in corpus.Documents)
        {
            Row(documents, report.Document, report.All);
        }

        Row(documents, "micro", corpus.Micro.GetValueOrDefault("all", Score.Zero));
        documents.AddRow("macro", "", "", F(corpus.Macro.GetValueOrDefault("all")), "", "", "");
        context.Console.Write(documents);

        var types = Table("Relations per type (micro over documents; macro F1 last)");
        types.AddColumn(new TableColumn("macro F1").RightAligned());
        foreach (var type in RelationTypes.Statements)
        {
            var s = corpus.Micro.GetValueOrDefault(type, Score.Zero);
            types.AddRow(type, P(s, s.Precision), P(s, s.Recall), P(s, s.F1), I(s.Tp), I(s.Fp), I(s.Fn), F(corpus.Macro.GetValueOrDefault(type)));
        }

        context.Console.Write(types);
        foreach (var report in corpus.Documents)
        {
            var entities = Table($"Entities of {report.Document}");
            foreach (var (kind, s) in report.Entities)
            {
                Row(entities, kind, s);
            }

            context.Console.Write(entities);
            context.Console.MarkupLine($"[yellow]{Markup.Escape(report.Document)}: missed ({report.Missed.Count})[/]");
            foreach (var r in report.Missed)
            {
                context.Console.WriteLine($"  - {r}  | {r.Evidence}");
            }

            context.Console.MarkupLine($"[yellow]{Markup.Escape(report.Document)}: spurious ({report.Spurious.Count})[/]");
            foreach (var r in report.Spurious)
            {
                context.Console.WriteLine($"  + {r}{(r.Via is null ? "" : " via " + r.Via)}  | {r.Evidence}");
            }
        }
    }

    private static Table Table(string title)
    {
        var table = new Table().Title(Markup.Escape(title)).Border(TableBorder.Rounded);
        table.AddColumn("");
        foreach (var header in new[] { "P", "R", "F1", "tp", "fp", "fn" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        return table;
    }

    private static void Row(Table table, string name, Score s) =>
        table.AddRow(Markup.Escape(name), P(s, s.Precision), P(s, s.Recall), P(s, s.F1), I(s.Tp), I(s.Fp), I(s.Fn));

    private static string P(Score score, double value) => score.IsEmpty ? "n/a" : F(value);

    private static string F(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
