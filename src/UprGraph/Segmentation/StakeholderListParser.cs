using System.Text.RegularExpressions;
using UprGraph.Model;

namespace UprGraph.Segmentation;

/// <summary>
/// Parses the annex's list of stakeholders: "AI Amnesty International, London (United Kingdom);", "AI* Amnesty
/// International, London, UK." (the first cycle), "Broken Chalk The Broken Chalk, Amsterdam (Netherlands);", "JS2 Joint
/// submission 2 submitted by: A, City, Country and B, City, Country;", "(CoE-ECRI) European Commission against Racism
/// and Intolerance's conclusions on ...", a section header with its entries on the same line ("Civil society: AI
/// Amnesty International, London, United Kingdom; HRW ..."). A converter may have laid the list out in columns, the
/// abbreviations on lines of their own ("AI CFam ECLJ") and the names after them ("Amnesty International, London ...;
/// Center for Family ...;"): then the names take the waiting abbreviations in order. An individual entry runs to a ';'
/// or to a '.' that ends a line; a joint submission's entry runs to the next entry. Places are dropped from names.
/// </summary>
public static partial class StakeholderListParser
{
    public static IEnumerable<AnnexStakeholder> Parse(IReadOnlyList<string> lines) => Parse(lines, JointMembers.Default);

    public static IEnumerable<AnnexStakeholder> Parse(IReadOnlyList<string> lines, JointMembers members) => new ListReader(members).Read(lines);

    private sealed class ListReader(JointMembers members)
    {
        private readonly List<AnnexStakeholder> _found = [];
        private readonly List<(string Abbreviation, string Category)> _waiting = [];
        private readonly List<string> _entry = [];
        private string _category = StakeholderCategory.Ngo;
        private bool _attachments;
        private bool _listStarted;

        private string _next = "";

        public List<AnnexStakeholder> Read(IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                _next = i + 1 < lines.Count ? lines[i + 1].Trim() : "";
                ReadLine(lines[i].Trim());
            }

            EndEntry();
            return _found;
        }

        private void ReadLine(string line)
        {
            if (line.Length == 0)
            {
                return;
            }

            var header = InlineHeader().Match(line);
            var closed = header.Success && (header.Value.EndsWith(':') || line.AsSpan(header.Index + header.Length).TrimStart().StartsWith(":", StringComparison.Ordinal)
                || (header.Index == 0 && header.Length == line.Length));
            if (closed && (header.Index == 0 || IsAbbreviationLine(line[..header.Index])))
            {
                // "Madresautónomaspy MNP-Py Joint submissions: JS1 JS2": abbreviations of one section, then the next section's.
                if (header.Index > 0)
                {
                    ReadLine(line[..header.Index]);
                }

                EndEntry();
                _listStarted = true;
                _category = CategoryOf(header.Value, _category);
                _attachments = header.Value.StartsWith("Attachment", StringComparison.OrdinalIgnoreCase);
                ReadLine(line[(header.Index + header.Length)..].TrimStart(':', ' '));
                return;
            }

            if (_listStarted && (IsAbbreviationLine(line) || IsColumnOfNames(line, _next)))
            {
                EndEntry();
                _waiting.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => (a.TrimEnd('*'), _category)));
                return;
            }

            if (_attachments && _entry.Count > 0 && line.StartsWith('(') && Attachment().IsMatch(line))
            {
                EndEntry();
            }

            // Several entries on one line: joint submissions start at their own words, individual ones end at ';'.
            var rest = line;
            while (rest.Length > 0)
            {
                // "PTPR/JS3 Joint submission 3 submitted by:": an abbreviation before the words belongs to the entry.
                var opening = JointStart().Match(rest);
                var startsJoint = opening.Success && !rest[..opening.Index].Trim().Contains(' ', StringComparison.Ordinal);
                var joint = JointStart().Match(rest, startsJoint ? opening.Index + opening.Length : Math.Min(1, rest.Length));
                if (startsJoint && _entry.Count > 0)
                {
                    EndEntry();
                }

                var semicolon = InJoint() || startsJoint || _attachments ? -1 : rest.IndexOf(';', StringComparison.Ordinal);
                if (joint.Success && (semicolon < 0 || joint.Index < semicolon))
                {
                    _entry.Add(rest[..joint.Index]);
                    EndEntry();
                    rest = rest[joint.Index..];
                    continue;
                }

                if (semicolon >= 0)
                {
                    _entry.Add(rest[..semicolon]);
                    EndEntry();
                    rest = rest[(semicolon + 1)..].TrimStart();
                    continue;
                }

                _entry.Add(rest);
                rest = "";
            }

            var last = line.TrimEnd();
            if (!InJoint() && (last.EndsWith(';') || last.EndsWith('.')))
            {
                EndEntry();
            }
        }

        private bool InJoint() => _entry.Count > 0 && JointStart().IsMatch(JoinedEntry().TrimStart());

        private string JoinedEntry() => NotesAnnexParser.JoinLines(_entry.Where(e => e.Length > 0));

        private void EndEntry()
        {
            var text = JoinedEntry().Trim().TrimEnd(';', '.').Trim();
            _entry.Clear();
            if (!_listStarted || text.Length == 0 || text.StartsWith("The stakeholders listed", StringComparison.Ordinal) || text.StartsWith("all original", StringComparison.Ordinal)
                || text.StartsWith("original submissions", StringComparison.Ordinal))
            {
                return;
            }

            if (TryEntry(text) is { } stakeholder)
            {
                _found.Add(stakeholder);
            }
        }

        private AnnexStakeholder? TryEntry(string text)
        {
            var attachment = Attachment().Match(text);
            if (attachment.Success && _attachments)
            {
                var body = text[attachment.Length..].TrimStart(' ', '-', '–').Trim();
                return new AnnexStakeholder(attachment.Groups["abbr"].Value, AttachmentAuthor(body) ?? attachment.Groups["abbr"].Value, _category, []);
            }

            var joint = JointStart().Match(text);
            if (!joint.Success && UnnumberedJoint().Match(text) is { Success: true } unnumbered && JointNumber().Match(text[..unnumbered.Index].Trim()) is { Success: true } own)
            {
                // The first cycle: "JS1 Joint submission by: Women in Law and Development in Africa and ...".
                return new AnnexStakeholder(own.Value.TrimEnd('*'), "Joint Submission " + own.Groups["n"].Value, StakeholderCategory.JointSubmission,
                    members.Parse(text[(unnumbered.Index + unnumbered.Length)..]));
            }

            if (joint.Success)
            {
                var number = joint.Groups["n"].Value;
                var prefix = text[..joint.Index].Trim().TrimEnd('*');
                var abbreviation = prefix.Length > 0 && !prefix.Contains(' ', StringComparison.Ordinal) ? prefix : TakeWaiting(a => a == "JS" + number || a.EndsWith("/JS" + number, StringComparison.Ordinal)) ?? "JS" + number;
                var listed = members.Parse(text[(joint.Index + joint.Length)..]);
                return new AnnexStakeholder(abbreviation, "Joint Submission " + number, StakeholderCategory.JointSubmission, listed);
            }

            if (_waiting.Any(w => !JointAbbreviation().IsMatch(w.Abbreviation)))
            {
                // The list in columns: this name goes with the first abbreviation still waiting, which may be the name's
                // own first words ("ADF International", "Article 19").
                var index = _waiting.FindIndex(w => !JointAbbreviation().IsMatch(w.Abbreviation));
                var lead = text.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var take = 1;
                for (var k = Math.Min(4, lead.Length); k >= 2; k--)
                {
                    if (index + k <= _waiting.Count && _waiting.Skip(index).Take(k).Select(w => w.Abbreviation).SequenceEqual(lead.Take(k), StringComparer.Ordinal))
                    {
                        take = k;
                        break;
                    }
                }

                var waiting = string.Join(' ', _waiting.Skip(index).Take(take).Select(w => w.Abbreviation));
                var category = _waiting[index].Category;
                _waiting.RemoveRange(index, take);
                return new AnnexStakeholder(waiting, Name(text, waiting), category, []);
            }

            var words = text.Split(' ');
            if (words.Length < 2)
            {
                return null;
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

            if (abbreviationWords == 1 && words.Length > 3 && IsAcronym(words[0]) && words[1] is not ("The" or "the")
                && !Initials(words.Skip(1)).StartsWith(Letters(words[0]), StringComparison.Ordinal)
                && Initials(words.Skip(2)).StartsWith(Letters(words[0]), StringComparison.Ordinal))
            {
                // "MISA Zambia Media Institute of Southern Africa Zambia Chapter": the abbreviation is "MISA Zambia".
                abbreviationWords = 2;
            }

            var abbreviationText = string.Join(' ', words.Take(abbreviationWords)).TrimEnd('*');
            var description = string.Join(' ', words.Skip(abbreviationWords));
            return new AnnexStakeholder(abbreviationText, Name(description, abbreviationText), _category, []);
        }

        private static bool IsAcronym(string word) => word.TrimEnd('*').Length >= 2 && word.TrimEnd('*').All(c => char.IsUpper(c) || char.IsAsciiDigit(c));

        private static string Letters(string word) => new(word.Where(char.IsLetter).ToArray());

        /// <summary>The initials of the capitalised words: "Media Institute of Southern Africa" = "MISA".</summary>
        private static string Initials(IEnumerable<string> words) =>
            new(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]).ToArray());

        private string? TakeWaiting(Func<string, bool> wanted)
        {
            var index = _waiting.FindIndex(w => wanted(w.Abbreviation));
            if (index < 0)
            {
                return null;
            }

            var abbreviation = _waiting[index].Abbreviation;
            _waiting.RemoveAt(index);
            return abbreviation;
        }

        private string Name(string description, string? abbreviation = null)
        {
            var text = description.Replace("*", "", StringComparison.Ordinal);
            if (abbreviation is not null && text.IndexOf(" (" + abbreviation + ")", StringComparison.Ordinal) is > 0 and var own)
            {
                // "International Campaign to Abolish Nuclear Weapons (ICAN) Geneva (Switzerland)": the name ends at its abbreviation.
                text = text[..own];
            }

            var name = members.WithoutPlace(text);
            return TrailingArticle().Replace(name, "");
        }
    }

    /// <summary>
    /// "AI CFam ECLJ", "Madresautónomaspy MNP-Py REPAR+ TEDIC", "JS7", "DP-PY": abbreviations only, most of them with two
    /// capitals or digits; no commas or brackets ("AIHRC Afghanistan Independent Human Rights Commission" is an entry).
    /// </summary>
    private static bool IsAbbreviationLine(string line)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !tokens.All(t => AbbreviationToken().IsMatch(t)))
        {
            return false;
        }

        var strong = tokens.Count(t => t.Count(c => char.IsUpper(c) || char.IsAsciiDigit(c) || c == '+') >= 2);
        return strong * 2 > tokens.Length;
    }

    /// <summary>
    /// "ADF International Article 19 Equality Now" before "ADF International, Geneva (Switzerland); Article 19, ...": a
    /// line of capitalised words without punctuation, followed by a line of entries, is the column of abbreviations.
    /// </summary>
    private static bool IsColumnOfNames(string line, string next) =>
        line.Length > 0 && line.IndexOfAny([',', ';', ':', '(', ')']) < 0 && next.Contains(';', StringComparison.Ordinal)
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(t => AbbreviationToken().IsMatch(t));

    private static string CategoryOf(string header, string current) => header.ToLowerInvariant() switch
    {
        var h when h.StartsWith("joint", StringComparison.Ordinal) => StakeholderCategory.JointSubmission,
        var h when h.StartsWith("national human rights", StringComparison.Ordinal) => StakeholderCategory.Nhri,
        var h when h.Contains("intergovernmental", StringComparison.Ordinal) || h.StartsWith("united nations", StringComparison.Ordinal) => StakeholderCategory.Intergovernmental,
        var h when h.StartsWith("attachments", StringComparison.Ordinal) => current,
        _ => StakeholderCategory.Ngo,
    };

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

    [GeneratedRegex(@"(?:^|(?<=\s))(?:Civil society|Individual submissions?:?|Joint submissions?:|National human rights institutions?:?|Regional intergovernmental organi[sz]ations?(?:\(s\))?:?|United Nations[^:;,.]{0,60}:|Intergovernmental organi[sz]ations?(?:\(s\))?:?|Attachments?:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InlineHeader();

    [GeneratedRegex(@"^(?:JS\d+|[\p{Lu}\d][\p{L}\d+&/.'-]*\*?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationToken();

    [GeneratedRegex(@"(?:^|/)JS\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex JointAbbreviation();

    [GeneratedRegex(@"^\((?<abbr>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Attachment();

    [GeneratedRegex(@"\bJoint [Ss]ubmission (?<n>\d+)\s*(?:[-–:]\s*)?(?:(?:submitted\s+)?by:?)?", RegexOptions.CultureInvariant)]
    private static partial Regex JointStart();

    [GeneratedRegex(@"\bJoint [Ss]ubmission\s*(?:[-–:]\s*)?(?:(?:submitted\s+)?by:?)?", RegexOptions.CultureInvariant)]
    private static partial Regex UnnumberedJoint();

    [GeneratedRegex(@"^(?:.*/)?JS(?<n>\d+)\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex JointNumber();

    [GeneratedRegex(@",\s*[Tt]he$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingArticle();

    [GeneratedRegex(@"^(?:Memorandum|Resolution|Recommendation|Report|Issue Paper|Opinion)\b.*?\b(?:(?:by|of) the |by [^,;]{3,60}, )(?<name>(?:Commissioner|Committee|Council|Group)[^,;]*?)(?:,| on | to |$)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPhrase();
}
