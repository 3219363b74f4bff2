using System.Text.RegularExpressions;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>
/// Splits a line of the text layer into text and the footnote numbers glued to it ("legislation.3", "Persons6 and",
/// "article 174.63 Such"), so a writer can set them as superscripts or footnote references.
/// </summary>
internal static partial class FootnoteMarks
{
    public static IEnumerable<(string Text, bool IsFootnote)> Split(string line)
    {
        var start = 0;
        foreach (Match mark in Mark().Matches(line))
        {
            yield return (line[start..mark.Index], false);
            yield return (mark.Value, true);
            start = mark.Index + mark.Length;
        }

        if (start < line.Length)
        {
            yield return (line[start..], false);
        }
    }

    // After a lowercase letter, closing quote or bracket (and maybe a stop or comma): "rights.3", "Child,4";
    // after a number's stop only when a sentence follows: "article 174.63 Such", never "Article 10.2)".
    [GeneratedRegex(@"(?<=[a-z\u2019\u201D)][.,;:]?)\d{1,3}(?=[\s,.;:]|$)|(?<=\d\.)\d{1,3}(?=\s+[A-Z]|\s*$)")]
    private static partial Regex Mark();
}
