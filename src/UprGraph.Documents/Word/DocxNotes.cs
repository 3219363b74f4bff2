using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprGraph.Documents.Word;

/// <summary>Appends the referenced footnotes after the body: a "Notes" line, then "N text", one line per footnote.</summary>
internal static class DocxNotes
{
    public static void Write(FootnotesPart? part, DocxTextWalker walker, SourceTextBuilder text)
    {
        var referenced = walker.Footnotes;
        if (part?.Footnotes is null || referenced.Count == 0)
        {
            return;
        }

        var byId = new Dictionary<long, Footnote>();
        foreach (var footnote in part.Footnotes.Elements<Footnote>())
        {
            if (footnote.Id?.Value is { } id)
            {
                byId.TryAdd(id, footnote);
            }
        }

        text.Append("Notes");
        text.EndLine();
        for (var i = 0; i < referenced.Count; i++)
        {
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture));
            if (byId.TryGetValue(referenced[i], out var footnote))
            {
                walker.WriteInline(footnote);
            }

            text.EndLine();
        }
    }
}
