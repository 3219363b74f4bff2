namespace UprGraph.Relations;

/// <summary>
/// The statements of a paragraph's sentences so far, as "X made similar observations" takes them up: their type, act and
/// cue, not where these stood in their own sentence. Each distinct statement is held once, all in one list with each
/// sentence's start, so a paragraph of many sentences that say the same holds a reference per statement, not its objects.
/// </summary>
internal sealed class ParagraphStatements
{
    private readonly List<Statement> _statements = [];
    private readonly List<int> _starts = [];
    private readonly Dictionary<(string Type, string Target, string Cue), Statement> _distinct = [];

    /// <summary>Adds the statements of the paragraph's next sentence.</summary>
    public void Add(IReadOnlyList<Statement> statements)
    {
        _starts.Add(_statements.Count);
        foreach (var statement in statements)
        {
            var key = (statement.Type, statement.TargetId, statement.Cue);
            if (!_distinct.TryGetValue(key, out var held))
            {
                _distinct[key] = held = statement with { Act = null, CueAt = -1 };
            }

            _statements.Add(held);
        }
    }

    /// <summary>The statements of <paramref name="count"/> sentences from the <paramref name="first"/> (0-based) on, as many as were added.</summary>
    public IEnumerable<Statement> Of(int first, int count)
    {
        var from = Math.Min(first, _starts.Count);
        var to = (int)Math.Min((long)from + Math.Max(count, 0), _starts.Count);
        var start = from < _starts.Count ? _starts[from] : _statements.Count;
        var end = to < _starts.Count ? _starts[to] : _statements.Count;
        for (var i = start; i < end; i++)
        {
            yield return _statements[i];
        }
    }
}
