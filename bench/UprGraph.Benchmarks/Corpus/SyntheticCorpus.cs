using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UprGraph.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of UPR summaries made from one seed summary: document i is about another country (its name
/// everywhere the seed's country is named, its ISO code in the symbol A/HRC/WG.6/{session}/{code}/3) and has the
/// numbered paragraphs of each section in another order, renumbered to stay consecutive. The same seed text, seed
/// country and random seed always give the same documents; there are at most <see cref="MaxDocuments"/>.
/// </summary>
public sealed partial class SyntheticCorpus
{
    public const int DefaultCount = 1000;

    public const int Sessions = 99;

    private readonly SeedLayout _layout;
    private readonly string _seedCountry;
    private readonly string? _seedSymbol;
    private readonly int _randomSeed;

    public SyntheticCorpus(string seedText, string seedCountry, int randomSeed = 1)
    {
        ArgumentNullException.ThrowIfNull(seedText);
        _layout = SeedLayout.Parse(seedText.ReplaceLineEndings("\n"));
        _seedCountry = seedCountry;
        _seedSymbol = Symbol().Match(seedText) is { Success: true } m ? m.Value : null;
        _randomSeed = randomSeed;
    }

    public static int MaxDocuments => CorpusCountries.All.Count * Sessions;

    /// <summary>The paragraphs found in the seed (each document has as many).</summary>
    public int ParagraphCount => _layout.ParagraphCount;

    public IEnumerable<CorpusDocument> Documents(int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxDocuments);
        for (var i = 0; i < count; i++)
        {
            yield return Document(i);
        }
    }

    public CorpusDocument Document(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxDocuments);
        var country = CorpusCountries.All[index % CorpusCountries.All.Count];
        var session = 1 + (index / CorpusCountries.All.Count);
        var symbol = string.Create(CultureInfo.InvariantCulture, $"A/HRC/WG.6/{session}/{country.Code}/3");
        var text = Vary(Shuffle(new Random(unchecked((_randomSeed * 1_000_003) + index))), country.Name, symbol);
        return new CorpusDocument(symbol.Replace('/', '-') + ".txt", symbol, country, text);
    }

    private string Shuffle(Random random)
    {
        var text = new StringBuilder(40 * 1024);
        AppendLines(text, _layout.Preamble);
        var number = 1;
        foreach (var section in _layout.Sections)
        {
            AppendLines(text, section.Heading);
            var order = Enumerable.Range(0, section.Paragraphs.Count).ToArray();
            random.Shuffle(order);
            foreach (var paragraph in order.Select(i => section.Paragraphs[i]))
            {
                text.Append(SeedLayout.Renumber(paragraph[0], number++)).Append('\n');
                AppendLines(text, paragraph.Skip(1));
            }
        }

        AppendLines(text, _layout.Trailer);
        return text.ToString(0, text.Length - 1);
    }

    private string Vary(string text, string country, string symbol)
    {
        text = text.Replace(_seedCountry, country, StringComparison.Ordinal);
        return _seedSymbol is null ? text : text.Replace(_seedSymbol, symbol, StringComparison.Ordinal);
    }

    private static void AppendLines(StringBuilder text, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }

    [GeneratedRegex(@"A/HRC/WG\.6/\d{1,3}/[A-Z]{3}/\d")]
    private static partial Regex Symbol();
}
