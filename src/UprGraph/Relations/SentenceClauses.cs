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
    private readonly Dictionary<int, List<(int Index, string Word)>> _problems = [];
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

    /// <summary>The problem words (in order) of the descriptive part cut at <paramref name="end"/>, found once per end.</summary>
    public List<(int Index, string Word)> ProblemsUpTo(int end, Func<List<(int Index, string Word)>> find)
    {
        if (!_problems.TryGetValue(end, out var problems))
        {
            _problems[end] = problems = find();
        }

        return problems;
    }

    /// <summary>The index of the first problem (in order) at or after <paramref name="at"/>.</summary>
    public static int FirstAtOrAfter(List<(int Index, string Word)> problems, int at)
    {
        int low = 0, high = problems.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = problems[middle].Index < at ? (middle + 1, high) : (low, middle);
        }

        return low;
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
