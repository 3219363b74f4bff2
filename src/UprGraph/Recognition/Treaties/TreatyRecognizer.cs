using System.Globalization;

namespace UprGraph.Recognition.Treaties;

/// <summary>
/// Recognises international treaties: "the third Optional Protocol to the Convention on the Rights of the Child",
/// "the 1961 Convention on the Reduction of Statelessness", "Convention against Torture and Other Cruel, Inhuman or
/// Degrading Treatment or Punishment", "ILO Convention No. 189", "the Istanbul Convention", "Treaty on the Prohibition of
/// Nuclear Weapons", an abbreviation defined after the name ("(CRPD)"), and the usual abbreviations of the core treaties.
/// </summary>
public sealed partial class TreatyRecognizer : IRecognizer
{
    private readonly HashSet<string> _heads;
    private readonly Dictionary<string, string> _abbreviations;
    private readonly System.Buffers.SearchValues<string> _triggers;

    public TreatyRecognizer()
        : this(Vocabulary.GenreVocabulary.Default)
    {
    }

    /// <summary>The heads are the <c>treaty-heads</c> list, the abbreviations the <c>treaty-abbreviations</c> list ("ICCPR = International Covenant ...").</summary>
    public TreatyRecognizer(Vocabulary.GenreVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _heads = new HashSet<string>(vocabulary[Vocabulary.VocabularyLists.TreatyHeads], StringComparer.Ordinal);
        _abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in vocabulary[Vocabulary.VocabularyLists.TreatyAbbreviations])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                _abbreviations.TryAdd(entry[..equals].Trim(), entry[(equals + 1)..].Trim());
            }
        }

        _triggers = System.Buffers.SearchValues.Create([.. _heads, .. _abbreviations.Keys], StringComparison.Ordinal);
    }

    private static readonly HashSet<string> s_ordinals = new(StringComparer.Ordinal) { "first", "second", "third", "fourth", "First", "Second", "Third", "Fourth" };

    private static readonly HashSet<string> s_links = new(StringComparer.Ordinal) { "on", "against", "to", "for", "of", "concerning", "relating", "Relating", "Against" };

    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        var mentions = new List<Mention>();
        if (!HasTrigger(sentence))
        {
            return mentions;
        }

        var words = Words.Split(sentence);
        var covered = -1;
        for (var h = 0; h < words.Count; h++)
        {
            if (words[h].Offset < covered)
            {
                continue;
            }

            if (h + 1 < words.Count && words[h + 1].Text is [>= '1' and <= '9'] && words[h + 1].Offset == words[h].End + 1
                && _abbreviations.TryGetValue(words[h].Text + " " + words[h + 1].Text, out var numbered))
            {
                // "ICCPR-OP 2": an abbreviation with the protocol's number.
                var abbreviation = sentence[words[h].Offset..words[h + 1].End];
                mentions.Add(new Mention(MentionKind.Treaty, abbreviation, words[h].Offset, abbreviation.Length) { Name = numbered, Aliases = [abbreviation] });
                covered = words[h + 1].End;
                continue;
            }

            if (_abbreviations.TryGetValue(words[h].Text, out var full))
            {
                mentions.Add(new Mention(MentionKind.Treaty, words[h].Text, words[h].Offset, words[h].Text.Length) { Name = full, Aliases = [words[h].Text] });
                continue;
            }

            if (!_heads.Contains(words[h].Text) || TryTreaty(sentence, words, h) is not { } treaty)
            {
                continue;
            }

            if (treaty.Name is "Optional Protocol" or "Optional Protocols" && h >= 2 && words[h - 2].Text is "its" or "their"
                && mentions.LastOrDefault(m => !m.Name.StartsWith("Optional", StringComparison.Ordinal)) is { } convention)
            {
                // "ratify the Convention against Torture and its Optional Protocol": the Protocol to that Convention.
                treaty = treaty with { Name = "Optional Protocol to the " + convention.Name };
            }

            if (treaty.Name.Contains("Charter", StringComparison.Ordinal) && !InternationalCharter().IsMatch(treaty.Name))
            {
                // "the Charter of Fundamental Rights and Freedoms" of a constitution is a domestic act, not a treaty.
                covered = treaty.End;
                continue;
            }

            mentions.Add(treaty);
            covered = treaty.End;
        }

        return mentions;
    }

    private bool HasTrigger(string sentence) => sentence.AsSpan().IndexOfAny(_triggers) >= 0;

    private Mention? TryTreaty(string sentence, List<Word> words, int h)
    {
        var start = words[h].Offset;
        int? year = null;
        var pre = new List<string>();
        var j = h - 1;
        while (j >= 0)
        {
            var w = words[j].Text;
            if (Words.IsYear(w))
            {
                year = int.Parse(w, CultureInfo.InvariantCulture);
                start = words[j].Offset;
                j--;
                continue;
            }

            if (s_ordinals.Contains(w) || (Words.IsCapitalised(w) && !Words.IsDeterminer(w) && !_heads.Contains(w) && w.All(c => c != '(')))
            {
                pre.Insert(0, w);
                start = words[j].Offset;
                j--;
                continue;
            }

            if (w is "of" or "to" && j > 0 && pre.Count > 0 && Words.IsCapitalised(words[j - 1].Text) && !Words.IsDeterminer(words[j - 1].Text))
            {
                pre.Insert(0, w);
                j--;
                continue;
            }

            // "Freedom of Association and Protection of the Right to Organise Convention", "Indigenous and Tribal Peoples
            // Convention": "and" between capitalised words, "the" after "of" or "to" inside the name.
            if ((w == "and" && j > 0 && pre.Count > 0 && Words.IsCapitalised(words[j - 1].Text) && !Words.IsDeterminer(words[j - 1].Text) && !_heads.Contains(words[j - 1].Text)
                    && !_abbreviations.ContainsKey(words[j - 1].Text))
                || (w == "the" && j > 1 && pre.Count > 0 && words[j - 1].Text is "of" or "to" && Words.IsCapitalised(words[j - 2].Text) && !Words.IsDeterminer(words[j - 2].Text)))
            {
                pre.Insert(0, w);
                j--;
                continue;
            }

            break;
        }

        var end = words[h].End;
        var i = h + 1;
        var number = -1;
        if (i + 1 < words.Count && words[i].Text == "No.")
        {
            number = i + 1;
            end = words[i + 1].End;
            i += 2;
        }
        else if (i < words.Count && pre.Contains("ILO") && words[i].Text.Length <= 3 && words[i].Text.All(char.IsAsciiDigit))
        {
            // "ILO Convention 169".
            number = i;
            end = words[i].End;
            i++;
        }

        if (i + 1 < words.Count && s_links.Contains(words[i].Text))
        {
            var last = -1;
            for (var k = i + 1; k < words.Count && k - i < 24; k++)
            {
                var w = words[k].Text;
                if (Words.IsCapitalised(w) && !w.StartsWith('('))
                {
                    last = k;
                    continue;
                }

                if (w == "," && k + 1 < words.Count && Words.IsCapitalised(words[k + 1].Text) && words[k + 1].Text != "the")
                {
                    continue;
                }

                if (Words.IsConnector(w) || w is "all" or "All")
                {
                    // "... and the Istanbul Convention", "... and ILO Convention No. 169": the next treaty starts.
                    if (w == "and" && k + 1 < words.Count && (words[k + 1].Text is "the" or "a" or "to" || words.Skip(k + 1).Take(4).Any(x => _heads.Contains(x.Text))))
                    {
                        break;
                    }

                    continue;
                }

                break;
            }

            if (last < 0)
            {
                last = BeforeBracketedName(words, i + 1);
            }

            if (last > i)
            {
                end = words[last].End;
            }
        }

        var hasName = pre.Any(p => !s_ordinals.Contains(p)) || end > words[h].End;
        if (!hasName)
        {
            // "ratify the Convention": the treaty with that head named before, for the resolver.
            return pre.Count == 0 && h > 0 && words[h - 1].Text is "the" or "that" or "this" && words[h].Text is "Convention" or "Covenant"
                ? new Mention(MentionKind.Treaty, sentence[words[h - 1].Offset..words[h].End], words[h - 1].Offset, words[h].End - words[h - 1].Offset)
                {
                    Name = words[h].Text, Head = words[h].Text, Reference = true,
                }
                : null;
        }

        var text = sentence[start..end];
        var nameStart = pre.Count > 0 ? sentence.IndexOf(pre[0], start, StringComparison.Ordinal) : words[h].Offset;
        var name = sentence[nameStart..end];
        var aliases = new List<string>();
        if (year is not null)
        {
            aliases.Add(text);
        }

        var abbreviation = AbbreviationAfter(sentence, end);
        if (abbreviation is not null)
        {
            aliases.Add(abbreviation);
        }

        if (number >= 0 && pre.Contains("ILO"))
        {
            // "ILO Convention 169", "ILO Convention No. 169 on Indigenous and Tribal Peoples": also "ILO Convention No. 169".
            aliases.Add("ILO Convention No. " + words[number].Text);
        }
        else if ((name.StartsWith("ILO ", StringComparison.Ordinal) || words[h].Text == "Convention") && IloNumber().Match(sentence, end) is { Success: true } ilo)
        {
            // "the ILO Domestic Workers Convention, 2011 (No. 189)", "the Domestic Workers Convention, 2011 (No. 189) of the
            // International Labour Organization": the ILO's numbering, so also "ILO Convention No. 189".
            aliases.Add("ILO Convention No. " + ilo.Groups["n"].Value);
            year ??= ilo.Groups["year"].Success ? int.Parse(ilo.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        }

        return new Mention(MentionKind.Treaty, text, start, end - start) { Name = name, Year = year, Aliases = aliases };
    }

    /// <summary>
    /// "the Council of Europe Convention on preventing and combating violence against women and domestic violence
    /// (Istanbul Convention)": a subject in lower case is the treaty's name when the treaty's short name follows it in
    /// brackets; the last word before the bracket, or -1.
    /// </summary>
    private int BeforeBracketedName(List<Word> words, int first)
    {
        for (var k = first; k < words.Count && k - first < 20; k++)
        {
            var w = words[k].Text;
            if (w.StartsWith('(') && k > first)
            {
                for (var c = k; c < words.Count && c - k < 5; c++)
                {
                    var inside = words[c].Text.Trim('(', ')');
                    if (!Words.IsCapitalised(inside))
                    {
                        return -1;
                    }

                    if (words[c].Text.EndsWith(')'))
                    {
                        return _heads.Contains(inside) || (c == k && inside.Length > 1 && inside.All(char.IsUpper)) ? k - 1 : -1;
                    }
                }

                return -1;
            }

            if (w.Length == 1 && !char.IsLetterOrDigit(w[0]) || _heads.Contains(w))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? AbbreviationAfter(string sentence, int end)
    {
        var rest = sentence.AsSpan(end).TrimStart();
        if (rest.Length < 3 || rest[0] != '(')
        {
            return null;
        }

        var close = rest.IndexOf(')');
        if (close < 2)
        {
            return null;
        }

        var inside = rest[1..close].ToString();
        return inside.Length <= 20 && char.IsUpper(inside[0]) ? inside : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:,\s*(?<year>(?:19|20)\d\d))?\s*\(No\.\s*(?<n>\d{1,3})\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex IloNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:African|Arab|European|Inter-American|American|United Nations|UN|ASEAN|Commonwealth|Islamic|Social|Banjul|Organization|Organisation|Union)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InternationalCharter();
}
