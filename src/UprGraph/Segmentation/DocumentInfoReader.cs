using System.Globalization;
using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Finds the document symbol (A/HRC/WG.6/34/KAZ/3, also when the PDF split it over two lines), the state under review
/// (the symbol's ISO code, checked against "submissions on Barbados" when the masthead is there), the session, the cycle
/// and the year (the masthead's date, else the session's year).
/// </summary>
public static partial class DocumentInfoReader
{
    public static DocumentInfo Read(string file, string text)
    {
        var symbol = Symbol().Match(text);
        if (!symbol.Success)
        {
            symbol = Symbol().Match(Path.GetFileNameWithoutExtension(file).Replace('-', '/'));
        }

        if (!symbol.Success)
        {
            throw InputException.NotASummary(file, "no UPR document symbol (A/HRC/WG.6/<session>/<country>/<n>) in the text or the file name");
        }

        var session = int.Parse(symbol.Groups["session"].Value, CultureInfo.InvariantCulture);
        var code = symbol.Groups["country"].Value;
        var countryName = Countries.TryGetByCode(code, out var country) ? country.Name : code;
        var named = SummaryOn().Match(text);
        if (named.Success && Countries.TryGetByName(named.Groups["country"].Value, out var byName) && country is null)
        {
            code = byName.Code;
            countryName = byName.Name;
        }

        var date = Date().Match(text.Length > 4000 ? text[..4000] : text);
        var year = date.Success ? int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture) : SessionYear(session);
        return new DocumentInfo(
            $"A/HRC/WG.6/{session}/{code}/{symbol.Groups["n"].Value}", code, countryName, session, Cycle(session), year);
    }

    /// <summary>UPR cycles: sessions 1-12 (2008-2011), 13-26 (2012-2016), 27-40 (2017-2022), 41 on (2022-).</summary>
    public static int Cycle(int session) => session switch
    {
        <= 12 => 1,
        <= 26 => 2,
        <= 40 => 3,
        _ => 4,
    };

    /// <summary>The year a session's documents came out: three sessions a year from 2008, one year later from session 40.</summary>
    public static int SessionYear(int session) => session < 40 ? 2008 + ((session - 1) / 3) : 2009 + ((session - 1) / 3);

    [GeneratedRegex(@"A\s*/\s*HRC\s*/\s*WG\.6\s*/\s*(?<session>\d{1,2})\s*/\s*(?<country>[A-Z]{3})\s*/\s*(?<n>\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"[Ss]ubmissions\s+on\s+(?<country>[A-Z][\p{L}' ()-]+?)\s*(?:\*|\n|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryOn();

    [GeneratedRegex(@"^\s*\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) (?<year>(?:19|20)\d{2})\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Date();
}
