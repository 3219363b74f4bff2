namespace UprGraph.Evaluation;

/// <summary>
/// The reference scorer's one-to-one entity matching (<c>match_all</c> of <c>shared/gold/score.py</c>), greedy in the
/// gold file's order: first a node sharing a normalised name; then the best remaining pairs by token Jaccard >= .75; for
/// laws, then a name of three or more words that begins the other (proposed acts cut at different places).
/// </summary>
public static class GreedyMatcher
{
    public static Dictionary<string, string?> Match(
        IReadOnlyList<(string Id, IReadOnlyList<string> Names)> gold,
        IReadOnlyList<(string Id, IReadOnlyList<string> Names)> candidates,
        IReadOnlySet<string> stopWords,
        bool prefix = false)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var normalised = candidates.Select(c => (c.Id, Names: c.Names.Select(ScorerNames.Normalise).ToHashSet(StringComparer.Ordinal))).ToList();
        foreach (var (id, names) in gold)
        {
            var wanted = names.Where(n => n.Length > 0).Select(ScorerNames.Normalise).ToHashSet(StringComparer.Ordinal);
            var hit = normalised.FirstOrDefault(c => !used.Contains(c.Id) && c.Names.Overlaps(wanted)).Id;
            if (hit is not null)
            {
                result[id] = hit;
                used.Add(hit);
            }
        }

        var scored = new List<(double Score, string Gold, string Node)>();
        foreach (var (id, names) in gold)
        {
            if (result.ContainsKey(id))
            {
                continue;
            }

            var goldTokens = names.Select(n => ScorerNames.Tokens(n, stopWords)).Where(t => t.Count > 0).ToList();
            foreach (var (node, nodeNames) in candidates)
            {
                foreach (var name in nodeNames)
                {
                    var tokens = ScorerNames.Tokens(name, stopWords);
                    foreach (var goldSet in goldTokens)
                    {
                        if (tokens.Count > 0)
                        {
                            var common = tokens.Count(goldSet.Contains);
                            scored.Add(((double)common / (tokens.Count + goldSet.Count - common), id, node));
                        }
                    }
                }
            }
        }

        foreach (var (score, id, node) in scored.OrderBy(s => -s.Score))
        {
            if (score < 0.75)
            {
                break;
            }

            if (!result.ContainsKey(id) && !used.Contains(node))
            {
                result[id] = node;
                used.Add(node);
            }
        }

        if (prefix)
        {
            foreach (var (id, names) in gold)
            {
                if (result.ContainsKey(id))
                {
                    continue;
                }

                var long3 = names.Where(n => n.Length > 0).Select(ScorerNames.Normalise).Where(n => Words(n) >= 3).ToList();
                var hit = normalised.FirstOrDefault(c => !used.Contains(c.Id) && c.Names.Any(n => Words(n) >= 3
                    && long3.Any(x => n.StartsWith(x + " ", StringComparison.Ordinal) || x.StartsWith(n + " ", StringComparison.Ordinal)))).Id;
                if (hit is not null)
                {
                    result[id] = hit;
                    used.Add(hit);
                }
            }
        }

        return gold.ToDictionary(g => g.Id, g => result.GetValueOrDefault(g.Id), StringComparer.Ordinal);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
