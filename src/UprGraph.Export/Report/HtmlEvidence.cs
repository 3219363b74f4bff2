using System.Globalization;
using System.Net;
using System.Text;

namespace UprGraph.Export.Report;

/// <summary>
/// The statements behind a ranked law or article as HTML, shown on demand: a <c>&lt;details&gt;</c> listing, for each, the
/// stakeholder, relation, document and paragraph, how the source was found, the footnotes, and the sentence with the act
/// and the cue marked (<c>&lt;mark class="act"&gt;</c>, <c>&lt;mark class="cue"&gt;</c>).
/// </summary>
internal static class HtmlEvidence
{
    public const string Style = "tr.statements td{border-bottom:none;padding-top:0}details summary{cursor:pointer;color:#0072b2}"
        + "ol.statements{margin:.3rem 0 .8rem;padding-left:1.4rem}ol.statements li{margin:.4rem 0}"
        + "blockquote{margin:.2rem 0 0;padding:.2rem .6rem;border-left:3px solid #ccc;color:#333}"
        + "mark.act{background:#ffe0b2}mark.cue{background:#cfe8ff}span.who{font-weight:600}span.meta{color:#666;font-size:.9rem}"
        + "span.curated{color:#009e73;font-size:.9rem}span.uncounted{color:#999;font-size:.9rem}";

    public static string Row(IReadOnlyList<ReportStatement> statements, int columns)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"statements\"><td colspan=\"{columns}\"><details class=\"evidence\"><summary>");
        var counted = statements.Count(s => s.Counted);
        html.Append(statements.Count == 1 ? "1 statement" : string.Create(CultureInfo.InvariantCulture, $"{statements.Count} statements"));
        if (counted != statements.Count)
        {
            html.Append(string.Create(CultureInfo.InvariantCulture, $" ({counted} counted above; the others name no source or are no criticism)"));
        }

        html.Append("</summary><ol class=\"statements\">");
        foreach (var s in statements)
        {
            html.Append("<li class=\"statement\"><span class=\"who\">").Append(Html(s.Stakeholder ?? "no named source")).Append("</span> ");
            html.Append("<span class=\"relation\">").Append(Html(s.Relation)).Append("</span>");
            if (s.About is not null)
            {
                html.Append(" <span class=\"about\">").Append(Html(s.About)).Append("</span>");
            }

            html.Append(" <span class=\"meta\">· <span class=\"where\">").Append(Html(Where(s))).Append("</span>");
            if (s.Via is not null)
            {
                html.Append(" · via <span class=\"via\">").Append(Html(s.Via)).Append("</span>");
            }

            if (s.Footnotes.Count > 0)
            {
                html.Append(" · <span class=\"footnotes\">").Append(s.Footnotes.Count == 1 ? "footnote " : "footnotes ")
                    .Append(string.Join(", ", s.Footnotes.Select(f => f.ToString(CultureInfo.InvariantCulture)))).Append("</span>");
            }

            html.Append("</span>");
            if (!s.Counted)
            {
                html.Append(" <span class=\"uncounted\">not counted</span>");
            }

            if (s.CuratedWhy is not null)
            {
                html.Append(" <span class=\"curated\">curated: ").Append(Html(s.CuratedWhy)).Append("</span>");
            }

            html.Append("<blockquote class=\"sentence\">").Append(Marked(s.Evidence, s.ActSpan, s.CueSpan)).Append("</blockquote></li>");
        }

        return html.Append("</ol></details></td></tr>").ToString();
    }

    /// <summary>The sentence with the act and the cue marked; a span that overlaps one before it, or falls outside the text, is left unmarked.</summary>
    public static string Marked(string text, IReadOnlyList<int> act, IReadOnlyList<int> cue)
    {
        var marks = new[] { (Span: act, Class: "act"), (Span: cue, Class: "cue") }
            .Where(m => m.Span.Count == 2 && m.Span[0] >= 0 && m.Span[1] > 0 && m.Span[0] + m.Span[1] <= text.Length)
            .Select(m => (Start: m.Span[0], End: m.Span[0] + m.Span[1], m.Class))
            .OrderBy(m => m.Start)
            .ToList();
        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end, name) in marks)
        {
            if (start < at)
            {
                continue;
            }

            html.Append(Html(text[at..start])).Append("<mark class=\"").Append(name).Append("\">").Append(Html(text[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(Html(text[at..])).ToString();
    }

    private static string Where(ReportStatement s)
    {
        var where = s.Document ?? "";
        if (s.Paragraph is { } paragraph)
        {
            where += string.Create(CultureInfo.InvariantCulture, $", paragraph {paragraph}");
        }

        return s.Sentence is { } sentence ? where + string.Create(CultureInfo.InvariantCulture, $", sentence {sentence}") : where;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(Text.XmlChars.Clean(text));
}
