using System.Globalization;
using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Reads the "Notes" annex: footnotes in sequence ("3 JS2, p.2-3." or the number on a line of its own), and, inside the
/// footnote that lists the stakeholders, the entries by section: individual submissions, joint submissions (with
/// "submitted by:" members), national human rights institution, intergovernmental organizations and their attachments.
/// </summary>
public static partial class NotesAnnexParser
{
    public static NotesAnnex Parse(IReadOnlyList<SourceLine> lines)
    {
        var notes = new Dictionary<int, List<string>>();
        var expected = 1;
        List<string>? current = null;
        foreach (var line in lines)
        {
            var start = NoteStart().Match(line.Text);
            if (start.Success && int.Parse(start.Groups["n"].Value, CultureInfo.InvariantCulture) == expected)
            {
                current = [];
                notes[expected++] = current;
                if (start.Groups["text"].Value.Length > 0)
                {
                    current.Add(start.Groups["text"].Value);
                }

                continue;
            }

            current?.Add(line.Text);
        }

        var stakeholders = notes.Values
            .Where(n => n.Any(l => SectionHeader().IsMatch(l)))
            .SelectMany(StakeholderListParser.Parse)
            .DistinctBy(s => s.Abbreviation, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var texts = notes.ToDictionary(n => n.Key, n => JoinLines(n.Value));
        return new NotesAnnex(stakeholders, texts);
    }

    internal static string JoinLines(IEnumerable<string> lines)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (builder.Length > 0 && !(builder[^1] == '-' && builder.Length > 1 && char.IsLetter(builder[^2])))
            {
                builder.Append(' ');
            }

            builder.Append(line);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:\s+(?<text>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"^(?:Individual submissions|Joint submissions|National human rights institutions?|Civil society)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex SectionHeader();
}
