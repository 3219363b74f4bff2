using System.Text;
using System.Text.Json;
using UprGraph.Evaluation;

namespace UprGraph.Cli.Commands;

/// <summary>
/// The JSON of <c>eval --json</c>: one document's object (<c>document</c>, <c>relations</c>, <c>entities</c>,
/// <c>missed</c>, <c>spurious</c>), or a corpus's <c>{"documents": [...], "micro": {...}, "macro": {...}, "unpaired": [...]}</c>.
/// Figures are rounded to 3 places, as the reference scorer rounds them; a class with nothing to score has nulls.
/// </summary>
internal static class EvaluationJson
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true };

    public static string Document(EvaluationReport report) => Write(writer => WriteDocument(writer, report));

    public static string Corpus(CorpusEvaluation corpus) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        foreach (var report in corpus.Documents)
        {
            WriteDocument(writer, report);
        }

        writer.WriteEndArray();
        Scores(writer, "micro", corpus.Micro);
        writer.WriteStartObject("macro");
        foreach (var (type, f1) in Ordered(corpus.Macro))
        {
            writer.WriteStartObject(type);
            Number(writer, "f1", f1);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("unpaired");
        foreach (var line in corpus.Unpaired)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter writer, EvaluationReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("document", report.Document);
        Scores(writer, "relations", report.Relations);
        Scores(writer, "entities", report.Entities);
        Relations(writer, "missed", report.Missed);
        Relations(writer, "spurious", report.Spurious);
        writer.WriteEndObject();
    }

    /// <summary>"all" first, then the rest by name.</summary>
    public static IEnumerable<KeyValuePair<string, T>> Ordered<T>(IReadOnlyDictionary<string, T> values) =>
        values.OrderBy(kv => kv.Key == "all" ? "" : kv.Key, StringComparer.Ordinal);

    private static void Scores(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, Score> scores)
    {
        writer.WriteStartObject(name);
        foreach (var (key, score) in Ordered(scores))
        {
            writer.WriteStartObject(key);
            Number(writer, "precision", score.IsEmpty ? null : score.Precision);
            Number(writer, "recall", score.IsEmpty ? null : score.Recall);
            Number(writer, "f1", score.IsEmpty ? null : score.F1);
            writer.WriteNumber("tp", score.Tp);
            writer.WriteNumber("fp", score.Fp);
            writer.WriteNumber("fn", score.Fn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 3, MidpointRounding.ToEven));
        }
        else
        {
            writer.WriteNull(name);
        }
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
            writer.WriteString("via", r.Via);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
