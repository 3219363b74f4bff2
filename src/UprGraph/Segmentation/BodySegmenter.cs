using System.Globalization;
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
    private HeadingLevel? _blockHeading;
    private string? _blockNumbering;
    private int _blockParagraph;
    private int _expected = 1;

    public List<Paragraph> Segment(IReadOnlyList<SourceLine> lines)
    {
        var endsSentence = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var boundary = endsSentence || _blockHeading is not null || _block.Count == 0;
            if (boundary && HeadingShapes.Roman().Match(text) is { Success: true } roman)
            {
                Start(HeadingLevel.Roman, roman.Groups["n"].Value, lines[i], roman.Groups["text"].Value);
            }
            else if (boundary && HeadingShapes.Letter().Match(text) is { Success: true } letter)
            {
                Start(HeadingLevel.Letter, letter.Groups["n"].Value, lines[i], letter.Groups["text"].Value);
            }
            else if (boundary && HeadingShapes.Numbered().Match(text) is { Success: true } numbered
                     && TryNumbered(numbered.Groups["n"].Value, numbered.Groups["text"].Value, lines[i], NextLine(lines, i)))
            {
                // started a paragraph or a numbered heading
            }
            else if (_blockHeading is not null && _block.Count > 0 && HeadingShapes.ContinuesHeading(BlockText(), text))
            {
                _block.Add(lines[i]);
            }
            else if (boundary && HeadingShapes.IsHeadingText(text) && StartsBlock(NextLine(lines, i)))
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

    private static SourceLine? NextLine(IReadOnlyList<SourceLine> lines, int i) => i + 1 < lines.Count ? lines[i + 1] : null;

    private bool TryNumbered(string digits, string rest, SourceLine line, SourceLine? next)
    {
        var n = int.Parse(digits, CultureInfo.InvariantCulture);
        var headingText = HeadingShapes.IsHeadingText(rest);
        if (n == _expected && !(headingText && n <= 9 && _expected > 1 && StartsBlock(next)))
        {
            StartParagraph(n, line, rest);
            return true;
        }

        if (n <= 9 && n != _expected && headingText)
        {
            Start(HeadingLevel.Numbered, digits, line, rest);
            return true;
        }

        if (n > _expected && n <= _expected + 2 && rest.Length > 0 && char.IsUpper(rest[0]))
        {
            StartParagraph(n, line, rest);
            return true;
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
            && (n == _expected || (n <= 9 && HeadingShapes.IsHeadingText(numbered.Groups["text"].Value)));
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

        var (raw, starts) = Join(_block);
        var (text, marks) = footnotes.Strip(raw);
        var firstLine = _block[0].Number;
        if (_blockHeading is { } level)
        {
            var heading = new Heading(level, text.Trim(), _blockNumbering, marks.Count > 0 ? marks[0].Number : null, new SourceSpan(file, firstLine, 1, 0, raw.Length));
            _headings.RemoveAll(h => h.Level >= level);
            _headings.Add(heading);
        }
        else
        {
            var removed = marks.Select(m => (m.Offset, Length: m.Number.ToString(CultureInfo.InvariantCulture).Length)).ToList();
            SourceSpan SpanAt(int offset)
            {
                var rawOffset = offset + removed.Where(r => r.Offset <= offset).Sum(r => r.Length);
                var index = starts.FindLastIndex(s => s <= rawOffset);
                var lineStart = starts[Math.Max(index, 0)];
                return new SourceSpan(file, _block[Math.Max(index, 0)].Number, rawOffset - lineStart + 1, offset, 0);
            }

            var sentences = SentenceSplitter.Split(text, marks, SpanAt);
            _paragraphs.Add(new Paragraph(_blockParagraph, text, sentences, _headings.ToList(), new SourceSpan(file, firstLine, 1, 0, text.Length)));
        }

        _block.Clear();
        _blockHeading = null;
        _blockNumbering = null;
    }

    private static (string Text, List<int> Starts) Join(List<SourceLine> lines)
    {
        var builder = new System.Text.StringBuilder();
        var starts = new List<int>(lines.Count);
        foreach (var line in lines)
        {
            if (builder.Length > 0 && !(builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2])))
            {
                builder.Append(' ');
            }

            starts.Add(builder.Length);
            builder.Append(line.Text);
        }

        return (builder.ToString(), starts);
    }
}
