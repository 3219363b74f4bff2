namespace UprGraph.Recognition;

/// <summary>
/// The spans of a sentence found so far, asked whether a point falls in one: a recogniser's "is this already part of a
/// mention?". A few spans are scanned; past a few dozen (a long sentence of many mentions) they are kept by stretch of
/// the sentence, so each question reads only the spans near its point, not every one found: linear, not quadratic.
/// </summary>
internal sealed class SpanIndex
{
    private const int ScannedUpTo = 32;
    private const int Stretch = 256;

    private readonly List<(int Start, int End)> _spans = [];
    private Dictionary<int, List<(int Start, int End)>>? _byStretch;

    public void Add(int start, int end)
    {
        _spans.Add((start, end));
        if (_byStretch is not null)
        {
            File(start, end);
        }
        else if (_spans.Count > ScannedUpTo)
        {
            _byStretch = [];
            foreach (var (s, e) in _spans)
            {
                File(s, e);
            }
        }
    }

    /// <summary>Whether <paramref name="point"/> is in one of the spans (start included, end not).</summary>
    public bool Contains(int point)
    {
        var spans = _byStretch is null ? _spans : _byStretch.GetValueOrDefault(point / Stretch);
        if (spans is null)
        {
            return false;
        }

        foreach (var (start, end) in spans)
        {
            if (start <= point && point < end)
            {
                return true;
            }
        }

        return false;
    }

    private void File(int start, int end)
    {
        for (var stretch = start / Stretch; stretch <= Math.Max(start, end - 1) / Stretch; stretch++)
        {
            if (!_byStretch!.TryGetValue(stretch, out var spans))
            {
                _byStretch[stretch] = spans = [];
            }

            spans.Add((start, end));
        }
    }
}
