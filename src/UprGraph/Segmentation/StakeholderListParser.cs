using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Parses the annex's list of stakeholders: "AI Amnesty International, London (United Kingdom);",
/// "Broken Chalk The Broken Chalk, Amsterdam (Netherlands);", "JS2 Joint submission 2 submitted by: A, City, Country
/// and B, City, Country;", "(CoE-ECRI) European Commission against Racism and Intolerance's conclusions on ...".
/// An entry runs until a line ends with ';' or '.'; the trailing city and country are dropped from names.
/// </summary>
public static partial class StakeholderListParser
{
    public static IEnumerable<AnnexStakeholder> Parse(IReadOnlyList<string> lines)
    {
        var category = StakeholderCategory.Ngo;
        var attachments = false;
        var entry = new List<string>();
        foreach (var line in lines)
        {
            var header = Header().Match(line);
            if (header.Success)
            {
                if (entry.Count > 0 && TryEntry(NotesAnnexParser.JoinLines(entry), category, attachments, out var before))
                {
                    yield return before;
                }

                entry.Clear();
                category = CategoryOf(header.Value, category);
                attachments = header.Value.StartsWith("Attachment", StringComparison.OrdinalIgnoreCase);
                var rest = line[header.Length..].Trim();
                if (rest.Length == 0)
                {
                    continue;
                }

                entry.Add(rest);
            }
            else
            {
                if (attachments && entry.Count > 0 && line.StartsWith('(') && Attachment().IsMatch(line))
                {
                    if (TryEntry(NotesAnnexParser.JoinLines(entry), category, attachments, out var previous))
                    {
                        yield return previous;
                    }

                    entry.Clear();
                }

                entry.Add(line);
            }

            var last = line.TrimEnd();
            if (last.EndsWith(';') || last.EndsWith('.'))
            {
                if (TryEntry(NotesAnnexParser.JoinLines(entry), category, attachments, out var stakeholder))
                {
                    yield return stakeholder;
                }

                entry.Clear();
            }
        }

        if (entry.Count > 0 && TryEntry(NotesAnnexParser.JoinLines(entry), category, attachments, out var final))
        {
            yield return final;
        }
    }

    private static string CategoryOf(string header, string current) => header.ToLowerInvariant() switch
    {
        var h when h.StartsWith("joint", StringComparison.Ordinal) => StakeholderCategory.JointSubmission,
        var h when h.StartsWith("national human rights", StringComparison.Ordinal) => StakeholderCategory.Nhri,
        var h when h.Contains("intergovernmental", StringComparison.Ordinal) || h.StartsWith("united nations", StringComparison.Ordinal) => StakeholderCategory.Intergovernmental,
        var h when h.StartsWith("attachments", StringComparison.Ordinal) => current,
        _ => StakeholderCategory.Ngo,
    };

    private static bool TryEntry(string text, string category, bool attachments, out AnnexStakeholder stakeholder)
    {
        stakeholder = null!;
        text = text.Trim().TrimEnd(';', '.').Trim();
        if (text.Length == 0 || text.StartsWith("The stakeholders listed", StringComparison.Ordinal) || text.StartsWith("all original", StringComparison.Ordinal))
        {
            return false;
        }

        var attachment = Attachment().Match(text);
        if (attachment.Success && attachments)
        {
            var body = text[attachment.Length..].TrimStart(' ', '-', '–').Trim();
            stakeholder = new AnnexStakeholder(attachment.Groups["abbr"].Value, AttachmentAuthor(body) ?? attachment.Groups["abbr"].Value, category, []);
            return true;
        }

        var words = text.Split(' ');
        if (words.Length < 2)
        {
            return false;
        }

        var abbreviationWords = 1;
        for (var k = Math.Min(4, words.Length - 1); k >= 2; k--)
        {
            var rest = words.Skip(k).SkipWhile(w => w is "The" or "the").Take(k);
            if (rest.Select(w => w.TrimEnd(',', ';', '.')).SequenceEqual(words.Take(k), StringComparer.OrdinalIgnoreCase))
            {
                abbreviationWords = k;
                break;
            }
        }

        var abbreviation = string.Join(' ', words.Take(abbreviationWords));
        var description = string.Join(' ', words.Skip(abbreviationWords));
        var joint = JointSubmission().Match(description);
        if (joint.Success)
        {
            var members = JointMembers.Parse(description[joint.Length..]);
            stakeholder = new AnnexStakeholder(abbreviation, "Joint Submission " + joint.Groups["n"].Value, StakeholderCategory.JointSubmission, members);
            return true;
        }

        stakeholder = new AnnexStakeholder(abbreviation, JointMembers.WithoutPlace(description), category, []);
        return true;
    }

    private static string? AttachmentAuthor(string body)
    {
        var by = AuthorPhrase().Match(body);
        if (by.Success)
        {
            return by.Groups["name"].Value.Trim();
        }

        var name = body.Split(',')[0];
        var possessive = name.IndexOf("’s ", StringComparison.Ordinal);
        return possessive > 0 ? name[..possessive] : name.Trim();
    }

    [GeneratedRegex(@"^(?:Civil society|Individual submissions?:?|Joint submissions?:?|National human rights institutions?:?|Regional intergovernmental organi[sz]ations?(?:\(s\))?:?|United Nations[^:]*:|Intergovernmental organi[sz]ations?(?:\(s\))?:?|Attachments?:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\((?<abbr>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"^Joint submission (?<n>\d+)\s*(?:submitted by:?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JointSubmission();

    [GeneratedRegex(@"^(?:Memorandum|Resolution|Recommendation|Report|Issue Paper|Opinion)\b.*?\b(?:by|of) the (?<name>(?:Commissioner|Committee|Council|Group)[^,;]*?)(?:,| on | to |$)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPhrase();
}
