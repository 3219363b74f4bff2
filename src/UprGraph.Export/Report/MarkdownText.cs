using System.Text;
using UprGraph.Export.Text;

namespace UprGraph.Export.Report;

/// <summary>Text safe inside a Markdown paragraph or table cell: Markdown punctuation backslash-escaped, line breaks as spaces.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = XmlChars.Clean(text);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
