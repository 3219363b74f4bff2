using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>Writes the <see cref="GraphReport"/> of a graph as Markdown (<c>report.md</c>): headings, sentences and tables.</summary>
public sealed class ReportWriter(ReportBuilder? builder = null) : ReportSink(builder)
{
    public override string Name => "report";

    public override string DefaultFileName => "report.md";

    protected override void WriteReport(GraphReport report, TextWriter writer) => Write(report, writer);

    public static void Write(GraphReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# " + MarkdownText.Escape(report.Title));
        writer.WriteLine();
        writer.WriteLine(MarkdownText.Escape(report.Summary));
        foreach (var section in report.Sections)
        {
            writer.WriteLine();
            writer.WriteLine(new string('#', section.Level) + " " + MarkdownText.Escape(section.Title));
            if (section.Text is not null)
            {
                writer.WriteLine();
                writer.WriteLine(MarkdownText.Escape(section.Text));
            }

            if (section.Headers.Count > 0 && section.Rows.Count > 0)
            {
                writer.WriteLine();
                WriteRow(writer, section.Headers);
                WriteRow(writer, section.Headers.Select((_, i) => Alignment(section, i)).ToList());
                foreach (var row in section.Rows)
                {
                    WriteRow(writer, row.Select(MarkdownText.Escape).ToList());
                }
            }
        }
    }

    /// <summary>Counts right-aligned, bars (the untitled columns) left-aligned, text as the renderer likes.</summary>
    private static string Alignment(ReportSection section, int column) =>
        section.Headers[column].Length == 0 ? ":--"
        : section.Rows.All(r => r[column].Length > 0 && r[column].All(char.IsAsciiDigit)) ? "--:"
        : "---";

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells) =>
        writer.WriteLine("| " + string.Join(" | ", cells) + " |");
}
