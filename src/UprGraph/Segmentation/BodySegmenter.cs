using System.Globalization;
using System.Runtime.InteropServices;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Reads the body's lines (from the first heading to "Notes") into headings and numbered paragraphs. A line "17. ..."
/// starts a paragraph only when 17 is the number expected next; "1. Cross-cutting issues" at paragraph 5 is a heading.
/// An unnumbered short line between a finished sentence and the next paragraph is a thematic heading. Lines broken
/// inside a word keep their hyphen ("self-" + "censorship"), as the UN's texts do not hyphenate words.
/// </summary>
internal sealed class BodySegmenter(string file, FootnoteMarks footnotes)
{
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<Heading> _headings = [];
    private readonly List<SourceLine> _block = [];
    private readonly LargeTextGarbage _garbage = new();
    private HeadingLevel? _blockHeading;
    private string? _blockNumbering;
    private int _blockParagraph;
    private int _expected = 1;

    public List<Paragraph> Segment(IReadOnlyList<SourceLine> input)
    {
        var lines = new List<SourceLine>(input);
        var endsSentence = true;
        for (var i = 0; i < lines.Count; i++)
        {
            SplitInline(lines, i);
            var text = lines[i].Text;
            var boundary = endsSentence || _blockHeading is not null || _block.Count == 0;
            if (NotApplicable(text))
            {
                // "N/A" under a heading of the first cycle's template: the section is empty.
                continue;
            }

            // Each heading pattern is tried only on a line that starts as it must (most lines are running text).
            if (boundary && text.Length > 2 && text[0] is 'I' or 'V' or 'X' && HeadingShapes.Roman().Match(text) is { Success: true } roman)
            {
                Start(HeadingLevel.Roman, roman.Groups["n"].Value, lines[i], roman.Groups["text"].Value);
            }
            else if (boundary && text.Length > 2 && text[1] == '.' && HeadingShapes.Letter().Match(text) is { Success: true } letter)
            {
                Start(HeadingLevel.Letter, letter.Groups["n"].Value, lines[i], letter.Groups["text"].Value);
            }
            else if (boundary && text.Length > 0 && char.IsDigit(text[0]) && HeadingShapes.Numbered().Match(text) is { Success: true } numbered
                     && TryNumbered(numbered.Groups["n"].Value, numbered.Groups["text"].Value, lines, i))
            {
                // started a paragraph or a numbered heading
            }
            else if (!boundary && text.Length > 0 && char.IsDigit(text[0]) && HeadingShapes.Numbered().Match(text) is { Success: true } expected
                     && IsExpectedStart(expected.Groups["n"].Value, expected.Groups["text"].Value))
            {
                // The number expected next, after a line that ends no sentence: a heading or page furniture of a shape not
                // recognised ran on from the paragraph before; the paragraph is not lost to it.
                StartParagraph(_expected, lines[i], expected.Groups["text"].Value);
            }
            else if (boundary && ParagraphStarts.WithoutStop(text, _expected, out var rest) && !StartsBlock(NextLine(lines, i)))
            {
                // "58 Citizens Watch reported ...": the number lost its full stop.
                StartParagraph(_expected, lines[i], rest);
            }
            else if (_blockHeading is not null && _block.Count > 0 && HeadingShapes.ContinuesHeading(BlockText(), text))
            {
                _block.Add(lines[i]);
            }
            else if (boundary && HeadingShapes.IsHeadingText(text) && (StartsBlock(NextLine(lines, i)) || WrappedHeadingEnds(text, lines, i)))
            {
                Start(HeadingLevel.Thematic, null, lines[i], text);
            }
            else if (_block.Count > 0)
            {
                _block.Add(lines[i]);
            }

            endsSentence = HeadingShapes.EndsSentence(text);
        }

        Flush();
        return _paragraphs;
    }

    private static SourceLine? NextLine(List<SourceLine> lines, int i) => i + 1 < lines.Count ? lines[i + 1] : null;

    /// <summary>The characters of the headings found, each counted up to the length of a long heading: text a heading absorbed is not heading text.</summary>
    public long HeadingCharacters { get; private set; }

    /// <summary>The longest heading of the genre's templates is about this long.</summary>
    public const int LongHeading = 200;

    /// <summary>A line that a converter ran the next paragraph into ("... Peoples.4 3. JS2 stated"): the rest becomes a line of its own.</summary>
    private void SplitInline(List<SourceLine> lines, int i)
    {
        var text = lines[i].Text;
        var numbered = HeadingShapes.Numbered().Match(text);
        var next = numbered.Success && int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) == _expected ? _expected + 1 : _expected;
        var at = ParagraphStarts.Inline(text, next);
        if (at > 0)
        {
            lines[i] = lines[i] with { Text = text[..at].TrimEnd() };
            lines.Insert(i + 1, new SourceLine(lines[i].Number, text[at..]));
        }
    }

    private static bool NotApplicable(string text) => text is "N/A" or "N/A." or "n/a" or "NA";

    /// <summary>How many paragraph numbers may be missing before a numbered line is no longer taken for the next paragraph.</summary>
    private const int MaxGap = 5;

    private bool TryNumbered(string digits, string rest, List<SourceLine> lines, int i)
    {
        var n = int.Parse(digits, CultureInfo.InvariantCulture);
        if (IsNumberedHeading(n, rest, lines, i))
        {
            Start(HeadingLevel.Numbered, digits, lines[i], rest);
            return true;
        }

        if (n == _expected || (n > _expected && n <= _expected + MaxGap && rest.Length > 0 && (char.IsUpper(rest[0]) || rest[0] is '“' or '"')))
        {
            StartParagraph(n, lines[i], rest);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "1. Cross-cutting issues", "10. Right to education", "6. Freedom of religion or belief, expression, association
    /// and" + "peaceful assembly": a heading's text, then (after the lines that carry it on) a paragraph or another
    /// heading; a paragraph's first line reads like a heading too, but the next line carries its sentence on.
    /// </summary>
    private bool IsNumberedHeading(int n, string rest, List<SourceLine> lines, int i)
    {
        // The first line may end in a comma or run long ("6. Freedom of religion or belief, expression, association and
        // peaceful assembly, and right to participate in public and political life"): the whole heading is checked below.
        if (n > 20 || rest.Length == 0 || rest.Length > LongHeading || !char.IsUpper(rest[0]))
        {
            return false;
        }

        var text = rest;
        var j = i + 1;
        while (j < lines.Count && j <= i + 2 && !StartsBlock(lines[j]) && HeadingShapes.ContinuesHeading(text, lines[j].Text))
        {
            text += " " + lines[j].Text;
            j++;
        }

        var next = j < lines.Count ? lines[j] : null;
        return HeadingShapes.IsHeadingText(text, LongHeading, 30)
            && (StartsBlock(next) || (next is not null && HeadingShapes.IsHeadingText(next.Text) && (StartsBlock(NextLine(lines, j)) || WrappedHeadingEnds(next.Text, lines, j))));
    }

    private bool IsExpectedStart(string digits, string rest) =>
        int.Parse(digits, CultureInfo.InvariantCulture) == _expected && rest.Length > 0 && (char.IsUpper(rest[0]) || rest[0] is '“' or '"');

    /// <summary>
    /// "Administration of justice, including impunity, and the rule of" + "law", then a paragraph or a heading: a heading
    /// whose text the line breaks carry on over one or two more lines (each starting in lower case or after a connecting
    /// word), ending without a sentence's punctuation.
    /// </summary>
    private bool WrappedHeadingEnds(string text, List<SourceLine> lines, int i)
    {
        var joined = text;
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            if (StartsBlock(lines[j]) || !HeadingShapes.ContinuesHeading(joined, lines[j].Text))
            {
                return false;
            }

            joined += " " + lines[j].Text;
            if (!HeadingShapes.IsHeadingText(joined, LongHeading, 30))
            {
                return false;
            }

            if (StartsBlock(NextLine(lines, j)))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsBlock(SourceLine? next)
    {
        if (next is null)
        {
            return false;
        }

        var text = next.Text;
        if (HeadingShapes.Roman().IsMatch(text) || HeadingShapes.Letter().IsMatch(text))
        {
            return true;
        }

        var numbered = HeadingShapes.Numbered().Match(text);
        return numbered.Success && int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) is var n
            && (n == _expected || (n <= 20 && HeadingShapes.IsHeadingText(numbered.Groups["text"].Value)));
    }

    private void Start(HeadingLevel level, string? numbering, SourceLine line, string text)
    {
        Flush();
        _blockHeading = level;
        _blockNumbering = numbering;
        _block.Add(line with { Text = text });
    }

    private void StartParagraph(int number, SourceLine line, string text)
    {
        Flush();
        _blockParagraph = number;
        _expected = number + 1;
        _block.Add(line with { Text = text });
    }

    private string BlockText() => Join(_block).Text;

    private void Flush()
    {
        if (_block.Count == 0)
        {
            return;
        }

        var (text, marks, rawLength, starts) = JoinAndStrip(_block);
        var firstLine = _block[0].Number;
        if (_blockHeading is { } level)
        {
            var heading = new Heading(level, text.Trim(), _blockNumbering, marks.Count > 0 ? marks[0].Number : null, new SourceSpan(file, firstLine, 1, 0, rawLength));
            HeadingCharacters += Math.Min(rawLength, LongHeading) + 1;
            _headings.RemoveAll(h => h.Level >= level);
            _headings.Add(heading);
        }
        else
        {
            // Sorted offsets of the removed marks with the running total of their lengths, and the lines' starts: a
            // sentence's place is found by binary search, not by scans of the paragraph (quadratic in a long one).
            var removed = marks.Select(m => (m.Offset, Length: m.Number.ToString(CultureInfo.InvariantCulture).Length)).OrderBy(r => r.Offset).ToList();
            var removedUpTo = new int[removed.Count + 1];
            var removedAt = new int[removed.Count];
            for (var r = 0; r < removed.Count; r++)
            {
                removedUpTo[r + 1] = removedUpTo[r] + removed[r].Length;
                removedAt[r] = removed[r].Offset;
            }

            SourceSpan SpanAt(int offset)
            {
                var rawOffset = offset + removedUpTo[CountAtOrBelow(removedAt, offset)];
                var index = CountAtOrBelow(CollectionsMarshal.AsSpan(starts), rawOffset) - 1;
                var lineStart = starts[Math.Max(index, 0)];
                return new SourceSpan(file, _block[Math.Max(index, 0)].Number, rawOffset - lineStart + 1, offset, 0);
            }

            var sentences = SentenceSplitter.Split(text, marks, SpanAt);
            _garbage.AfterStage(rawLength);
            _paragraphs.Add(new Paragraph(_blockParagraph, text, sentences, _headings.ToList(), new SourceSpan(file, firstLine, 1, 0, text.Length)));
        }

        _block.Clear();
        _blockHeading = null;
        _blockNumbering = null;
    }

    /// <summary>How many of the <paramref name="ascending"/> values are at most <paramref name="value"/>.</summary>
    private static int CountAtOrBelow(ReadOnlySpan<int> ascending, int value)
    {
        int low = 0, high = ascending.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle] <= value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The block's lines joined and their footnote marks taken out; the joined text is not kept (it is a paragraph's size).</summary>
    private (string Text, IReadOnlyList<FootnoteMark> Marks, int RawLength, List<int> Starts) JoinAndStrip(List<SourceLine> lines)
    {
        var (raw, starts) = Join(lines);
        var (text, marks) = footnotes.Strip(raw);
        return (text, marks, raw.Length, starts);
    }

    private static (string Text, List<int> Starts) Join(List<SourceLine> lines)
    {
        // Lines joined by a space, except after a letter and a hyphen ("legis-" "lation"). The length and the starts come
        // first, then the text is written once at its size: no builder growing through a paragraph of megabytes.
        var starts = new List<int>(lines.Count);
        var length = 0;
        char last = '\0', beforeLast = '\0';
        foreach (var line in lines)
        {
            if (length > 0 && !(last == '-' && length > 1 && char.IsLetter(beforeLast)))
            {
                length++;
                (beforeLast, last) = (last, ' ');
            }

            starts.Add(length);
            var text = line.Text;
            length += text.Length;
            (beforeLast, last) = text.Length switch
            {
                0 => (beforeLast, last),
                1 => (last, text[0]),
                _ => (text[^2], text[^1]),
            };
        }

        var joined = string.Create(length, (lines, starts), static (span, state) =>
        {
            span.Fill(' ');
            for (var i = 0; i < state.lines.Count; i++)
            {
                state.lines[i].Text.AsSpan().CopyTo(span[state.starts[i]..]);
            }
        });
        return (joined, starts);
    }
}
