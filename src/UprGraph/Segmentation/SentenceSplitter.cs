using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Splits a paragraph's clean text into sentences: at a full stop, question or exclamation mark followed by a capital,
/// a digit or a quote, except after abbreviations ("No.", "p.", "e.g.", "Mr."), and always at a footnote mark that
/// follows a full stop. Each sentence keeps the footnote marks that fall inside it.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "p", "pp", "para", "paras", "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "vs", "v", "inc", "co",
        "ltd", "art", "arts", "jr", "al", "ibid", "u.s", "u.n", "add", "rev", "corr", "cf", "op", "cit", "sect", "fig", "vol",
    };

    public static List<Sentence> Split(string text, IReadOnlyList<FootnoteMark> marks, Func<int, SourceSpan> spanAt)
    {
        var ends = new SortedSet<int>();
        foreach (var mark in marks)
        {
            var before = mark.Offset - 1;
            while (before >= 0 && "”’\"')".Contains(text[before], StringComparison.Ordinal))
            {
                before--;
            }

            if (before >= 0 && text[before] is '.' or '!' or '?')
            {
                ends.Add(mark.Offset);
            }
        }

        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && "”’\"')".Contains(text[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j >= text.Length || text[j] != ' ' || j + 1 >= text.Length)
            {
                continue;
            }

            var next = text[j + 1];
            if ((char.IsUpper(next) || char.IsAsciiDigit(next) || "“‘\"(".Contains(next, StringComparison.Ordinal)) && !IsAbbreviation(text, i))
            {
                ends.Add(j);
            }
        }

        ends.Add(text.Length);
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var end in ends)
        {
            var s = start;
            while (s < end && text[s] == ' ')
            {
                s++;
            }

            if (end <= s)
            {
                continue;
            }

            var sentenceText = text[s..end].Trim();
            var inside = marks.Where(m => m.Offset > s && m.Offset <= end).ToList();
            var closes = marks.Any(m => m.Offset == end);
            if (sentenceText.Length > 0)
            {
                sentences.Add(new Sentence(sentences.Count + 1, sentenceText, inside.Select(m => m.Number).ToList(), closes, spanAt(s))
                {
                    FootnoteOffsets = inside.Select(m => Math.Min(m.Offset - s, sentenceText.Length)).ToList(),
                });
            }

            start = end;
        }

        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..dot];
        return s_abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
