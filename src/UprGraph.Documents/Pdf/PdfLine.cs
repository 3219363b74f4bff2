using UglyToad.PdfPig.Content;

namespace UprGraph.Documents.Pdf;

/// <summary>The letters of one printed line of a page: those sharing a baseline, plus the superscripts raised above it.</summary>
internal sealed class PdfLine(double baseline)
{
    private readonly List<Letter> _letters = [];

    /// <summary>The baseline (y, from the page bottom) of the line's first letter.</summary>
    public double Baseline { get; } = baseline;

    /// <summary>The largest point size among the line's visible letters (0 for a line of blanks only).</summary>
    public double PointSize { get; private set; }

    public IReadOnlyList<Letter> Letters => _letters;

    public void Add(Letter letter)
    {
        _letters.Add(letter);
        if (!string.IsNullOrWhiteSpace(letter.Value))
        {
            PointSize = Math.Max(PointSize, letter.PointSize);
        }
    }

    public void AddRange(PdfLine other)
    {
        foreach (var letter in other._letters)
        {
            Add(letter);
        }
    }
}
