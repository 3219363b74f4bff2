using System.Globalization;

namespace UprGraph.Segmentation;

/// <summary>
/// Finds footnote numbers that the PDF's text layer glued to words and punctuation ("legislation.3",
/// "submissions1 to", "penalty15, although", "since 201123 and") or left standing ("JS3 40 reported", "issue. 31").
/// The summaries number their footnotes in one sequence through the document, so a digit run is taken as a footnote
/// only when it is the number expected next (or a little after it): "article 145" stays an article number.
/// One instance reads one document, in order.
/// </summary>
public sealed class FootnoteMarks
{
    private static readonly HashSet<string> s_numberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articles", "section", "sections", "para", "paras", "paragraph", "paragraphs", "no", "no.", "nos.", "chapter",
        "cap", "of", "to", "from", "than", "and", "or", "the", "aged", "age", "under", "over", "least", "some", "about",
        "nearly", "approximately", "with", "by", "for", "in", "on", "at", "only", "just", "all", "were", "was", "are", "is",
        "had", "has", "have", "between", "since", "until", "per", "rule", "resolution", "resolutions", "law", "act", "decree",
        "submission", "submissions", "protocol", "convention", "forum", "no", "number", "step", "level", "phase", "cycle",
    };

    /// <summary>The footnote number expected next.</summary>
    public int Expected { get; private set; } = 1;

    /// <summary>Removes the footnote marks from <paramref name="text"/>; returns the clean text and the marks found.</summary>
    private const int PooledLength = 1 << 16;

    public (string Text, List<FootnoteMark> Marks) Strip(string text)
    {
        var marks = new List<FootnoteMark>();
        // The clean text is written into a buffer (pooled, for a paragraph of usual size) and made a string once: it is
        // never longer than the text.
        var pooled = text.Length <= PooledLength;
        var buffer = pooled ? System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1)) : new char[text.Length];
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            // The text up to the next digit is copied whole (a vectorised search), not a character at a time.
            var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                text.AsSpan(i).CopyTo(buffer.AsSpan(length));
                length += text.Length - i;
                break;
            }

            if (digit > 0)
            {
                text.AsSpan(i, digit).CopyTo(buffer.AsSpan(length));
                length += digit;
                i += digit;
            }

            if (i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                buffer[length++] = text[i];
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (TryTake(text, i, end, out var keep, out var number))
            {
                text.AsSpan(i, keep).CopyTo(buffer.AsSpan(length));
                length += keep;
                var at = length;
                // "legislation. 3 Next" and "legislation.3 Next" both become "legislation. Next".
                if (at > 0 && buffer[at - 1] == ' ')
                {
                    length--;
                    at--;
                }

                marks.Add(new FootnoteMark(at, number));
                Expected = number + 1;
            }
            else
            {
                text.AsSpan(i, end - i).CopyTo(buffer.AsSpan(length));
                length += end - i;
            }

            i = end;
        }

        var clean = length == text.Length && text.AsSpan().SequenceEqual(buffer.AsSpan(0, length)) ? text : new string(buffer, 0, length);
        if (pooled)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }

        return (clean, marks);
    }

    private bool TryTake(string text, int start, int end, out int keep, out int number)
    {
        keep = 0;
        number = 0;
        var length = end - start;
        var next = end < text.Length ? text[end] : ' ';
        if (!(char.IsWhiteSpace(next) || ",.;:)]”’\"'".Contains(next, StringComparison.Ordinal)))
        {
            return false;
        }

        if (next == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var previous = start > 0 ? text[start - 1] : ' ';
        if (start == 0)
        {
            return false;
        }

        // "since 201123 and": a year with the footnote glued on.
        if (length is >= 5 and <= 7 && (text[start] == '1' && text[start + 1] == '9' || text[start] == '2' && text[start + 1] == '0')
            && Parse(text, start + 4, length - 4, out number) && (number == Expected || number == Expected + 1))
        {
            keep = 4;
            return true;
        }

        if (char.IsWhiteSpace(previous))
        {
            // A number standing alone: only the exact next footnote, after a word that does not take a number.
            return length <= 3 && Parse(text, start, length, out number) && number == Expected
                && !s_numberWords.Contains(PreviousWord(text, start - 1)) && PreviousWord(text, start - 1).Length > 0
                && (end >= text.Length || (!char.IsAsciiDigit(PeekWord(text, end)) && PeekWord(text, end) != '('));
        }

        if (char.IsAsciiDigit(previous))
        {
            return false;
        }

        if (char.IsLetter(previous))
        {
            // "JS7", "L4L", "G20": an all-capitals token owns its digits.
            var wordStart = start;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, start - wordStart);
            // "According to JS2, the Law": a joint submission's number even before a comma or a full stop.
            if (word.Length <= 5 && IsAllUpper(word) && (!(next is '.' or ',') || word is "JS"))
            {
                return false;
            }
        }
        else if (previous is '.' or ',')
        {
            // "article 10.2" is a number; "article 174.63 Such" is article 174 and footnote 63, the one expected.
            if (start >= 2 && char.IsAsciiDigit(text[start - 2])
                && !(previous == '.' && Parse(text, start, Math.Min(length, 3), out var expected) && expected == Expected
                     && (end == text.Length || (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])))))
            {
                return false;
            }
        }
        else if (!".,;:)]”’\"'!?".Contains(previous, StringComparison.Ordinal))
        {
            return false;
        }

        if (length <= 3 && Parse(text, start, length, out number))
        {
            if (number >= Expected && number <= Expected + 2)
            {
                return true;
            }

            // Re-synchronise after a missed mark, only where the mark ends a sentence.
            var endsSentence = previous is '.' or ')' or '”' or '"' or '’' && number > Expected && number <= Expected + 15;
            if (endsSentence)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Parse(string text, int start, int length, out int number) =>
        int.TryParse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static string PreviousWord(string text, int spaceIndex)
    {
        var end = spaceIndex;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text[start..end].TrimEnd(',', ';', ':');
    }

    private static char PeekWord(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length ? text[index] : ' ';
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return word.Length > 1;
    }
}
