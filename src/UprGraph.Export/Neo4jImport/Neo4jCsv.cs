using System.Text;
using UprGraph.Export.Text;

namespace UprGraph.Export.Neo4jImport;

/// <summary>
/// CSV fields as neo4j-admin import reads them with its defaults (Neo4j 3.1 has no options to change them): comma
/// delimiter, <c>"</c> quotes doubled inside quoted fields (RFC 4180), <c>;</c> between array items, no line breaks
/// inside fields. So a line break in a value becomes a space and a <c>;</c> inside an array item becomes a <c>,</c>.
/// An unset value is an empty field (no property); an empty string is <c>""</c>.
/// </summary>
public static class Neo4jCsv
{
    public const char Delimiter = ',';
    public const char ArrayDelimiter = ';';

    public static string Field(object? value) => value switch
    {
        null => "",
        string text => Quote(OneLine(text)),
        IEnumerable<string> list => Quote(string.Join(ArrayDelimiter, list.Select(i => OneLine(i).Replace(ArrayDelimiter, ',')))),
        IEnumerable<Model.DocumentWarning> list => Field(list.Select(w => w.ToString()).ToList()),
        _ => Quote(PropertyText.Format(value, ArrayDelimiter.ToString())),
    };

    public static string Line(IEnumerable<string> fields) => string.Join(Delimiter, fields);

    /// <summary>Quotes a field when it holds a delimiter, a quote or leading/trailing space, or is empty.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needs = text.Length == 0 || text.AsSpan().IndexOfAny(",\";") >= 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);
        return needs ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
