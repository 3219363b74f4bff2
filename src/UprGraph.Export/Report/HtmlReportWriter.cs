using System.Net;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Report;

/// <summary>
/// Writes the same <see cref="GraphReport"/> as one self-contained HTML page (<c>report.html</c>): no scripts, no request
/// for anything; the statements behind each ranked law and article open on demand (<see cref="HtmlEvidence"/>).
/// </summary>
public sealed class HtmlReportWriter(ReportBuilder? builder = null) : ReportSink(builder)
{
    private const string Style = "body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + "table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}"
        + "th{background:#f4f4f4}td.bar{color:#d55e00;white-space:nowrap}p.summary{font-size:1.1rem;color:#555}";

    public override string Name => "html";

    public override string DefaultFileName => "report.html";

    protected override void WriteReport(GraphReport report, TextWriter writer) => Write(report, writer);

    public static void Write(GraphReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html(report.Title) + "</title>");
        writer.WriteLine("<style>" + Style + HtmlEvidence.Style + "</style></head><body>");
        writer.WriteLine("<h1>" + Html(report.Title) + "</h1>");
        writer.WriteLine("<p class=\"summary\">" + Html(report.Summary) + "</p>");
        foreach (var section in report.Sections)
        {
            var tag = section.Level == 2 ? "h2" : "h3";
            writer.WriteLine($"<{tag}>{Html(section.Title)}</{tag}>");
            if (section.Text is not null)
            {
                writer.WriteLine("<p>" + Html(section.Text) + "</p>");
            }

            if (section.Headers.Count > 0 && section.Rows.Count > 0)
            {
                writer.WriteLine("<table><thead><tr>" + string.Concat(section.Headers.Select(h => "<th>" + Html(h) + "</th>")) + "</tr></thead><tbody>");
                for (var r = 0; r < section.Rows.Count; r++)
                {
                    writer.WriteLine("<tr>" + string.Concat(section.Rows[r].Select((cell, i) => Cell(section.Headers[i], cell))) + "</tr>");
                    if (r < section.Evidence.Count && section.Evidence[r].Count > 0)
                    {
                        writer.WriteLine(HtmlEvidence.Row(section.Evidence[r], section.Headers.Count));
                    }
                }

                writer.WriteLine("</tbody></table>");
            }
        }

        writer.WriteLine("</body></html>");
    }

    private static string Cell(string header, string cell) =>
        header.Length == 0 ? "<td class=\"bar\">" + Html(cell) + "</td>" : "<td>" + Html(cell) + "</td>";

    private static string Html(string text) => WebUtility.HtmlEncode(Text.XmlChars.Clean(text));
}
