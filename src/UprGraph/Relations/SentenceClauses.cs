using UprGraph.Model;

namespace UprGraph.Relations;

/// <summary>
/// What the statement classifier asks of a sentence for each of its acts, found once per sentence so that an act costs
/// a lookup and not a pass over the sentence or its other acts (quadratic in a sentence of many acts): the clause
/// boundaries, the offsets of its law and article targets (all, by id, by law), and the problem words of the
/// descriptive part up to each clause end asked for.
/// </summary>
internal sealed class SentenceClauses
{
    private readonly string _sentence;
    private readonly IReadOnlyList<Target> _targets;
    private readonly Dictionary<int, Problems> _problems = [];
    private IReadOnlyList<(int Index, int End)>? _boundaries;
    private List<int>? _acts;
    private Dictionary<string, List<int>>? _byId;
    private Dictionary<string, List<int>>? _byLaw;

    public SentenceClauses(string sentence, IReadOnlyList<Target> targets)
    {
        _sentence = sentence;
        _targets = targets;
    }

    /// <summary>
    /// Where to look for a target's problem: its own clause when another act (not the target, its law or its articles)
    /// stands outside it, else the whole descriptive part of <paramref name="length"/> characters.
    /// </summary>
    public (int Start, int End) Of(Target target, int from, int length)
    {
        if (target.End > target.Offset && ActCount() <= 1)
        {
            // The only act of the sentence (counted without indexing them).
            return (0, length);
        }

        Index();
        if (_acts!.Count <= 1 && target.End > target.Offset)
        {
            // The only act of the sentence: no other stands outside its clause (which holds it), so the whole part.
            return (0, length);
        }

        _boundaries ??= RelationCues.ClauseBoundaries(_sentence);
        var clause = RelationCues.ClauseOf(_sentence, target, from, _boundaries);
        var (low, high) = (from + clause.Start, from + clause.End);
        var outside = Outside(_acts!, low, high)
            - Outside(_byLaw!.GetValueOrDefault(target.Id), low, high)
            - (target.LawId is { } law ? Outside(_byId!.GetValueOrDefault(law), low, high) : 0);
        return outside > 0 ? clause : (0, length);
    }

    /// <summary>
    /// The problem words (in order) of the descriptive part cut at <paramref name="end"/>, one reading per end, and read
    /// only as far as they are asked for: a target's problem is most often the first word after its clause starts.
    /// </summary>
    public Problems ProblemsUpTo(int end, Func<IEnumerable<(int Index, string Word)>> find)
    {
        if (!_problems.TryGetValue(end, out var problems))
        {
            _problems[end] = problems = new Problems(find());
        }

        return problems;
    }

    /// <summary>Problem words found in order as they are asked for.</summary>
    internal sealed class Problems(IEnumerable<(int Index, string Word)> words)
    {
        private readonly List<(int Index, string Word)> _found = [];
        private IEnumerator<(int Index, string Word)>? _rest = words.GetEnumerator();

        /// <summary>The <paramref name="i"/>-th problem word, when there are that many.</summary>
        public bool TryGet(int i, out (int Index, string Word) problem)
        {
            while (_found.Count <= i && _rest is not null)
            {
                if (_rest.MoveNext())
                {
                    _found.Add(_rest.Current);
                }
                else
                {
                    _rest.Dispose();
                    _rest = null;
                }
            }

            problem = i < _found.Count ? _found[i] : default;
            return i < _found.Count;
        }

        /// <summary>The index of the first problem word (in order) at or after <paramref name="at"/>.</summary>
        public int FirstAtOrAfter(int at)
        {
            while ((_found.Count == 0 || _found[^1].Index < at) && TryGet(_found.Count, out _))
            {
            }

            int low = 0, high = _found.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = _found[middle].Index < at ? (middle + 1, high) : (low, middle);
            }

            return low;
        }
    }

    private int _actCount = -1;

    private int ActCount()
    {
        if (_actCount < 0)
        {
            _actCount = 0;
            foreach (var target in _targets)
            {
                _actCount += target.Kind is NodeKind.Law or NodeKind.Article ? 1 : 0;
            }
        }

        return _actCount;
    }

    private void Index()
    {
        if (_acts is not null)
        {
            return;
        }

        _acts = [];
        _byId = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _byLaw = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var target in _targets.Where(t => t.Kind is NodeKind.Law or NodeKind.Article).OrderBy(t => t.Offset))
        {
            _acts.Add(target.Offset);
            Add(_byId, target.Id, target.Offset);
            if (target.LawId is { } law)
            {
                Add(_byLaw, law, target.Offset);
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int offset)
    {
        if (!index.TryGetValue(key, out var offsets))
        {
            index[key] = offsets = [];
        }

        offsets.Add(offset);
    }

    /// <summary>How many of the ascending offsets lie outside [<paramref name="low"/>, <paramref name="high"/>).</summary>
    private static int Outside(List<int>? offsets, int low, int high) =>
        offsets is null ? 0 : offsets.Count - (CountBelow(offsets, high) - CountBelow(offsets, low));

    private static int CountBelow(List<int> ascending, int value)
    {
        int low = 0, high = ascending.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
