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

    private const int MaxAbbreviation = 8;

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
            // The next stop is found by a vectorised search, not a test of every character.
            var stop = text.AsSpan(i, text.Length - 2 - i).IndexOfAny('.', '!', '?');
            if (stop < 0)
            {
                break;
            }

            i += stop;

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
        // Marks come in text order; found by binary search, each sentence's are not a scan of the paragraph's (which was
        // quadratic in a paragraph of many sentences). Out of order, they are scanned as before.
        var ordered = IsInOrder(marks);
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

            // Trimmed in place: one string for the sentence, not a copy and then its trimmed copy.
            var (first, last) = (s, end);
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            var sentenceText = text[first..last];
            var inside = ordered ? MarksIn(marks, s, end) : marks.Where(m => m.Offset > s && m.Offset <= end).ToList();
            var closes = ordered ? FirstAfter(marks, end - 1) is var at && at < marks.Count && marks[at].Offset == end : marks.Any(m => m.Offset == end);
            if (sentenceText.Length > 0)
            {
                // Most sentences have no mark: they share the empty lists.
                var numbers = inside.Count == 0 ? [] : new int[inside.Count];
                var offsets = inside.Count == 0 ? [] : new int[inside.Count];
                for (var m = 0; m < inside.Count; m++)
                {
                    numbers[m] = inside[m].Number;
                    offsets[m] = Math.Min(inside[m].Offset - s, sentenceText.Length);
                }

                sentences.Add(new Sentence(sentences.Count + 1, sentenceText, numbers, closes, spanAt(s)) { FootnoteOffsets = offsets });
            }

            start = end;
        }

        return sentences;
    }

    private static bool IsInOrder(IReadOnlyList<FootnoteMark> marks)
    {
        for (var i = 1; i < marks.Count; i++)
        {
            if (marks[i].Offset < marks[i - 1].Offset)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The marks (in text order) with <paramref name="after"/> &lt; offset &lt;= <paramref name="upTo"/>.</summary>
    private static List<FootnoteMark> MarksIn(IReadOnlyList<FootnoteMark> marks, int after, int upTo)
    {
        var inside = new List<FootnoteMark>();
        for (var i = FirstAfter(marks, after); i < marks.Count && marks[i].Offset <= upTo; i++)
        {
            inside.Add(marks[i]);
        }

        return inside;
    }

    /// <summary>The index of the first mark (in text order) whose offset is above <paramref name="offset"/>; the count if none.</summary>
    private static int FirstAfter(IReadOnlyList<FootnoteMark> marks, int offset)
    {
        int low = 0, high = marks.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = marks[middle].Offset <= offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        // The longest abbreviation has 5 letters: a longer run of letters and dots is none, and is not walked to its start
        // (a run of thousands, "a.a.a.", would make this quadratic).
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
            if (dot - start > MaxAbbreviation)
            {
                return false;
            }
        }

        var word = text[start..dot];
        return s_abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
