using System.Globalization;
using System.Text.RegularExpressions;

namespace UprGraph.Benchmarks.Corpus;

/// <summary>
/// A summary cut into what may be reordered: the lines before paragraph 1, then sections (the heading lines that open
/// them and their numbered paragraphs, each with its continuation and blank lines), then the lines from "Notes" on.
/// A paragraph starts with the next expected number ("17. "), so the numbered headings ("1. Cross-cutting issues")
/// are not taken for paragraphs; a heading is a numbered or lettered line that is not one, or a line indented by two
/// spaces or more (the seed's thematic headings). Unindented thematic headings stay with the paragraph before them.
/// </summary>
public sealed partial class SeedLayout
{
    private SeedLayout(List<string> preamble, List<SeedSection> sections, List<string> trailer)
    {
        Preamble = preamble;
        Sections = sections;
        Trailer = trailer;
    }

    public IReadOnlyList<string> Preamble { get; }

    public IReadOnlyList<SeedSection> Sections { get; }

    public IReadOnlyList<string> Trailer { get; }

    public int ParagraphCount => Sections.Sum(s => s.Paragraphs.Count);

    public static SeedLayout Parse(string text)
    {
        var preamble = new List<string>();
        var sections = new List<SeedSection>();
        var trailer = new List<string>();
        List<string>? current = null;
        var expected = 1;
        foreach (var line in text.Split('\n'))
        {
            if (trailer.Count > 0 || line.Trim() == "Notes")
            {
                trailer.Add(line);
            }
            else if (ParagraphNumber(line) == expected)
            {
                if (sections.Count == 0)
                {
                    sections.Add(new SeedSection([]));
                }

                current = [line];
                sections[^1].Paragraphs.Add(current);
                expected++;
            }
            else if (current is not null && Heading().IsMatch(line))
            {
                current = null;
                sections.Add(new SeedSection([line]));
            }
            else
            {
                (current ?? (sections.Count > 0 ? sections[^1].Heading : preamble)).Add(line);
            }
        }

        return new SeedLayout(preamble, sections, trailer);
    }

    /// <summary>The number a paragraph line starts with ("17. JS4 noted" gives 17), or 0.</summary>
    public static int ParagraphNumber(string line)
    {
        var match = Number().Match(line);
        return match.Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The line with its paragraph number replaced.</summary>
    public static string Renumber(string line, int number) =>
        Number().Replace(line, m => m.Groups[1].Value + number.ToString(CultureInfo.InvariantCulture) + ". ", 1);

    [GeneratedRegex(@"^(\s*)(\d{1,4})\. ")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:\s*(?:[IVX]{1,5}|[A-Z]|\d{1,2})\.\s+[A-Z]| {2,}\S)")]
    private static partial Regex Heading();
}
