namespace UprGraph.Vocabulary;

/// <summary>Reads a list file: one entry a line, trimmed; blank lines and lines starting with <c>#</c> left out; each entry once.</summary>
public static class VocabularyList
{
    public static List<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#' && seen.Add(line))
            {
                entries.Add(line);
            }
        }

        return entries;
    }
}
