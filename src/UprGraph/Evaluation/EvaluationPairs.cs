namespace UprGraph.Evaluation;

/// <summary>
/// Pairs documents with gold files by symbol (the gold's <c>"document"</c> against the symbol read from the document).
/// What finds no partner is listed; two documents with one symbol are the caller's mistake (<see cref="Duplicates"/>).
/// </summary>
public sealed class EvaluationPairs
{
    private EvaluationPairs(
        IReadOnlyList<(string Document, GoldDocument Gold)> pairs,
        IReadOnlyList<string> unpaired,
        IReadOnlyList<string> duplicates)
    {
        Pairs = pairs;
        Unpaired = unpaired;
        Duplicates = duplicates;
    }

    /// <summary>Each document's file with its gold, in the documents' order.</summary>
    public IReadOnlyList<(string Document, GoldDocument Gold)> Pairs { get; }

    /// <summary>One line each: "FILE (SYMBOL): no gold file for this symbol", "GOLD (SYMBOL): no document with this symbol".</summary>
    public IReadOnlyList<string> Unpaired { get; }

    /// <summary>One line each for a symbol that two or more documents share.</summary>
    public IReadOnlyList<string> Duplicates { get; }

    public static EvaluationPairs Pair(IReadOnlyList<(string File, string Symbol)> documents, IReadOnlyList<(string File, GoldDocument Gold)> golds)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(golds);
        var duplicates = documents.GroupBy(d => d.Symbol, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(", ", g.Select(d => d.File))}: documents with one symbol, {g.Key}")
            .ToList();
        var goldBySymbol = new Dictionary<string, (string File, GoldDocument Gold)>(StringComparer.Ordinal);
        var unpaired = new List<string>();
        foreach (var gold in golds)
        {
            if (!goldBySymbol.TryAdd(gold.Gold.Document, gold))
            {
                unpaired.Add($"{gold.File} ({gold.Gold.Document}): another gold file, {goldBySymbol[gold.Gold.Document].File}, has this symbol; not used");
            }
        }

        var pairs = new List<(string, GoldDocument)>();
        var symbols = documents.Select(d => d.Symbol).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, symbol) in documents)
        {
            if (goldBySymbol.TryGetValue(symbol, out var gold))
            {
                pairs.Add((file, gold.Gold));
            }
            else
            {
                unpaired.Add($"{file} ({symbol}): no gold file for this symbol");
            }
        }

        unpaired.AddRange(goldBySymbol.Values.Where(g => !symbols.Contains(g.Gold.Document))
            .Select(g => $"{g.File} ({g.Gold.Document}): no document with this symbol"));
        return new EvaluationPairs(pairs, unpaired, duplicates);
    }
}
