using System.Globalization;
using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Reads the "Notes" annex: footnotes in sequence ("3 JS2, p.2-3.", the number on a line of its own, or notes a
/// converter ran together on one line: "... A/HRC/48/2. 2 The stakeholders ..."), and, inside the footnote that lists
/// the stakeholders, the entries by section: individual submissions, joint submissions (with "submitted by:" members),
/// national human rights institution, intergovernmental organizations and their attachments.
/// </summary>
public static partial class NotesAnnexParser
{
    public static NotesAnnex Parse(IReadOnlyList<SourceLine> lines) => Parse(lines, JointMembers.Default);

    public static NotesAnnex Parse(IReadOnlyList<SourceLine> lines, JointMembers members)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var notes = Notes(lines.Select(l => l.Text));
        var stakeholders = notes.Values
            .Where(n => n.Any(l => SectionHeader().IsMatch(l)))
            .SelectMany(n => StakeholderListParser.Parse(n, members))
            .DistinctBy(s => s.Abbreviation, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var texts = notes.ToDictionary(n => n.Key, n => JoinLines(n.Value));
        return new NotesAnnex(stakeholders, texts);
    }

    /// <summary>The notes by number, each as its lines; a note starts where the number expected next opens a line or follows a note's end.</summary>
    internal static Dictionary<int, List<string>> Notes(IEnumerable<string> lines)
    {
        var notes = new Dictionary<int, List<string>>();
        var expected = 1;
        List<string>? current = null;
        foreach (var line in lines)
        {
            var text = line;
            var start = NoteStart().Match(text);
            if (start.Success && int.Parse(start.Groups["n"].Value, CultureInfo.InvariantCulture) == expected)
            {
                current = [];
                notes[expected++] = current;
                text = start.Groups["text"].Value;
            }

            // Notes run together: "... para. 3. 4 DP-PY, para. 42. 5 DP-PY, para. 26."
            var at = current is null ? -1 : InlineStart(text, expected);
            while (at >= 0)
            {
                if (at > 0)
                {
                    current!.Add(text[..at].TrimEnd());
                }

                text = text[(at + expected.ToString(CultureInfo.InvariantCulture).Length)..].TrimStart();
                current = [];
                notes[expected++] = current;
                at = InlineStart(text, expected);
            }

            if (text.Length > 0)
            {
                current?.Add(text);
            }
        }

        return notes;
    }

    /// <summary>Where note <paramref name="number"/> starts inside <paramref name="text"/>: after a note's end (".", ";", ")") and a space, before a capital.</summary>
    private static int InlineStart(string text, int number)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture);
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            if (at < 2 || text[at - 1] != ' ' || end + 1 >= text.Length || text[end] != ' ')
            {
                continue;
            }

            var afterStop = text[at - 2] is '.' or ';' or ')' && (char.IsUpper(text[end + 1]) || text[end + 1] is '(' or '“' or '"');
            // "JS3, para. 2 41 AI, para. 23.": a note that ends without a stop, then the next one's citation.
            if (afterStop || (char.IsLetterOrDigit(text[at - 2]) && Citation().IsMatch(text, end)))
            {
                return at;
            }
        }

        return -1;
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

    /// <summary>A note's opening citation: "AI, para. 23", "JS 12, page 4", "Ibid.", "See ...".</summary>
    [GeneratedRegex(@"\G\s(?:[\p{Lu}][^\s,;]*(?:\s[^\s,;]+){0,5},\s*(?:p|pp|para|paras|page|pages|section)\b|Ibid\b|See\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(?:Individual submissions|Joint submissions|National human rights institutions?|Civil society)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex SectionHeader();
}
