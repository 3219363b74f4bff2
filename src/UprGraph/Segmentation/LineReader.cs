namespace UprGraph.Segmentation;

/// <summary>Splits text into trimmed, non-blank lines with their line numbers, noting page breaks ('\f').</summary>
public static class LineReader
{
    private static readonly System.Buffers.SearchValues<char> s_unusual = System.Buffers.SearchValues.Create("\u00AD\t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\v");

    public static List<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var pageBreak = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text.AsSpan()[range];
            if (line.Contains('\f'))
            {
                pageBreak = true;
                line = line[(line.LastIndexOf('\f') + 1)..];
            }

            line = line.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            lines.Add(new SourceLine(number, Normalize(line), pageBreak));
            pageBreak = false;
        }

        return lines;
    }

    /// <summary>Folds the PDF's typographic spaces and soft hyphens, and collapses runs of spaces.</summary>
    private static string Normalize(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(s_unusual) < 0 && !line.Contains("  ", StringComparison.Ordinal))
        {
            return line.ToString();
        }

        var buffer = new System.Text.StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (c == '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    buffer.Append(' ');
                }

                space = true;
                continue;
            }

            space = false;
            buffer.Append(c);
        }

        return buffer.ToString();
    }
}
