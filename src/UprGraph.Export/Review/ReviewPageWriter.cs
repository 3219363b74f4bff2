using System.Globalization;
using System.Net;
using UprGraph.Model;

namespace UprGraph.Export.Review;

/// <summary>
/// The review page of one document (<c>upr-graph review --html FILE</c>): one self-contained HTML file, paragraph by
/// paragraph, each sentence with the edges read from it, curated ones marked; each edge offers the curation entries that
/// would correct it (drop, retype, attribute), ready to copy into curation.yaml. Its one small script only fills in the
/// chosen stakeholder and copies a snippet; it asks for nothing beyond the page.
/// </summary>
public static class ReviewPageWriter
{
    private const string Style = "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
        + "section.paragraph{border-top:1px solid #ddd;margin-top:1rem}blockquote{margin:.6rem 0 .2rem;padding:.2rem .6rem;border-left:3px solid #ccc}"
        + "ul.edges{margin:.2rem 0 .8rem}li.edge{margin:.3rem 0}li.curated{background:#eefaf4}code{font-size:.85rem;color:#555}"
        + "span.curated{color:#009e73}mark.act{background:#ffe0b2}mark.cue{background:#cfe8ff}details.fix summary{cursor:pointer;color:#0072b2}"
        + "pre.snippet{background:#f6f6f6;padding:.4rem .6rem;user-select:all;white-space:pre-wrap}button.copy{font-size:.8rem}";

    private const string Script = "document.querySelectorAll('select.source').forEach(function(s){s.addEventListener('change',function(){"
        + "var pre=document.getElementById(s.dataset.for);pre.textContent=pre.dataset.template.split('@SOURCE@').join(s.value);});});"
        + "document.querySelectorAll('button.copy').forEach(function(b){b.addEventListener('click',function(){"
        + "var pre=document.getElementById(b.dataset.for);if(navigator.clipboard){navigator.clipboard.writeText(pre.textContent);}"
        + "var r=document.createRange();r.selectNodeContents(pre);var sel=window.getSelection();sel.removeAllRanges();sel.addRange(r);});});";

    public static void WriteFile(ReviewDocument document, string? curationFile, string path) =>
        AtomicOutput.WriteFile(path, stream =>
        {
            using var writer = new StreamWriter(stream, ExportEncoding.Utf8, 1 << 14, leaveOpen: true) { NewLine = "\n" };
            Write(document, curationFile, writer);
        });

    public static void Write(ReviewDocument document, string? curationFile, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Review: " + Html(document.Symbol) + "</title>");
        writer.WriteLine("<style>" + Style + "</style></head><body>");
        writer.WriteLine("<h1>Review: " + Html(document.Symbol) + "</h1>");
        writer.WriteLine("<p class=\"summary\">" + Html(string.Create(CultureInfo.InvariantCulture,
            $"{document.EdgeCount} edge(s) in {document.Paragraphs.Count} paragraph(s); ")
            + (curationFile is null ? "no curation file applied. " : $"curated by {curationFile} (marked green). ")
            + "Copy an entry under \"correct it\" into curation.yaml, write your reason, and build again.") + "</p>");
        var snippet = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<section class=\"paragraph\" id=\"p{paragraph.Number}\"><h2>Paragraph {paragraph.Number}</h2>"));
            foreach (var sentence in paragraph.Sentences)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<blockquote class=\"sentence\">[{sentence.Index}] ") + Html(sentence.Text) + "</blockquote><ul class=\"edges\">");
                foreach (var edge in sentence.Edges)
                {
                    writer.WriteLine(Edge(edge, document, curationFile, ref snippet));
                }

                writer.WriteLine("</ul>");
            }

            writer.WriteLine("</section>");
        }

        writer.WriteLine("<script>" + Script + "</script></body></html>");
    }

    private static string Edge(ReviewEdge item, ReviewDocument document, string? curationFile, ref int snippet)
    {
        var edge = item.Edge;
        var html = new System.Text.StringBuilder();
        html.Append(edge.Curated ? "<li class=\"edge curated\"" : "<li class=\"edge\"").Append(" data-edge=\"").Append(Html(edge.Id)).Append("\">");
        html.Append("<b class=\"who\">").Append(Html(item.SourceName)).Append("</b> <span class=\"relation\">").Append(Html(edge.Type))
            .Append("</span> <span class=\"target\">").Append(Html(item.TargetName)).Append("</span>");
        html.Append(" · via ").Append(Html(edge.Via ?? "?"));
        if (Span(edge.Evidence, edge.ActSpan) is { } act)
        {
            html.Append(" · act <mark class=\"act\">").Append(Html(act)).Append("</mark>");
        }

        if (Span(edge.Evidence, edge.CueSpan) is { } cue)
        {
            html.Append(" · cue <mark class=\"cue\">").Append(Html(cue)).Append("</mark>");
        }

        if (edge.Footnotes.Count > 0)
        {
            html.Append(" · footnotes ").Append(string.Join(", ", edge.Footnotes.Select(f => f.ToString(CultureInfo.InvariantCulture))));
        }

        if (edge.Curated)
        {
            html.Append(" <span class=\"curated\">curated: ").Append(Html(edge.Why ?? "")).Append("</span>");
        }

        html.Append("<br><code>").Append(Html(item.EntryId ?? edge.Id)).Append("</code>");
        if (item.EntryId is null)
        {
            html.Append(string.Create(CultureInfo.InvariantCulture, $" <i>added by {curationFile ?? "the curation file"}, line {item.AddedAt}: remove that entry to undo it</i></li>"));
            return html.ToString();
        }

        html.Append("<details class=\"fix\"><summary>correct it</summary>");
        Snippet(html, "drop", CurationSnippets.Drop(item.EntryId), ref snippet);
        foreach (var type in CurationSnippets.RetypesOf(edge, item.SourceKind, item.TargetKind))
        {
            Snippet(html, "retype as " + type, CurationSnippets.Retype(item.EntryId, type), ref snippet);
        }

        if (edge.Unattributed && document.Stakeholders.Count > 0)
        {
            var id = ++snippet;
            var template = CurationSnippets.Attribute(item.EntryId, "@SOURCE@");
            html.Append(string.Create(CultureInfo.InvariantCulture, $"<p>attribute to <select class=\"source\" data-for=\"s{id}\">"));
            foreach (var stakeholder in document.Stakeholders)
            {
                html.Append("<option value=\"").Append(Html(stakeholder.Id)).Append("\">").Append(Html(stakeholder.Abbreviation ?? stakeholder.Name)).Append("</option>");
            }

            html.Append(string.Create(CultureInfo.InvariantCulture, $"</select> <button class=\"copy\" data-for=\"s{id}\">copy</button></p><pre class=\"snippet attribute\" id=\"s{id}\" data-template=\""))
                .Append(Html(template)).Append("\">").Append(Html(CurationSnippets.Attribute(item.EntryId, document.Stakeholders[0].Id))).Append("</pre>");
        }

        return html.Append("</details></li>").ToString();
    }

    private static void Snippet(System.Text.StringBuilder html, string what, string yaml, ref int snippet)
    {
        var id = ++snippet;
        html.Append("<p>").Append(Html(what)).Append(string.Create(CultureInfo.InvariantCulture, $" <button class=\"copy\" data-for=\"s{id}\">copy</button></p>"))
            .Append(string.Create(CultureInfo.InvariantCulture, $"<pre class=\"snippet {what.Split(' ')[0]}\" id=\"s{id}\">")).Append(Html(yaml)).Append("</pre>");
    }

    private static string? Span(string? text, IReadOnlyList<int> span) =>
        text is not null && span.Count == 2 && span[0] >= 0 && span[1] > 0 && span[0] + span[1] <= text.Length ? text.Substring(span[0], span[1]) : null;

    private static string Html(string text) => WebUtility.HtmlEncode(Text.XmlChars.Clean(text));
}
