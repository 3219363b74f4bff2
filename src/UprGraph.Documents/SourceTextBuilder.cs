using System.Text;

namespace UprGraph.Documents;

/// <summary>
/// Assembles a document's text the way the UN text layers lay it out (<c>pdftotext</c> style): one line per line,
/// lines ended by '\n', and a '\f' at the start of the first line of every page after the first.
/// </summary>
internal sealed class SourceTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private bool _pendingPageBreak;
    private bool _pendingSpace;

    /// <summary>True once any non-blank text was appended.</summary>
    public bool HasText { get; private set; }

    /// <summary>Appends text to the current line (control characters other than tab become spaces).</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Append(c);
        }
    }

    public void Append(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            _pendingSpace = _line.Length > 0;
            return;
        }

        if (_pendingSpace)
        {
            _line.Append(' ');
            _pendingSpace = false;
        }

        _line.Append(c);
        HasText = true;
    }

    /// <summary>Separates the next text from the previous one by one space (none at the start of a line).</summary>
    public void AppendSpace() => _pendingSpace = _line.Length > 0;

    /// <summary>Ends the current line, even when it is empty (a blank line).</summary>
    public void EndLine()
    {
        if (_pendingPageBreak)
        {
            _text.Append('\f');
            _pendingPageBreak = false;
        }

        _text.Append(_line).Append('\n');
        _line.Clear();
        _pendingSpace = false;
    }

    /// <summary>Ends the current line if it has text, and starts a new page before the next line.</summary>
    public void PageBreak()
    {
        if (_line.Length > 0)
        {
            EndLine();
        }

        _pendingPageBreak = _text.Length > 0;
    }

    /// <summary>Ends the current line and returns the text; a page break with nothing after it is dropped.</summary>
    public string Build()
    {
        if (_line.Length > 0)
        {
            EndLine();
        }

        return _text.ToString();
    }
}
