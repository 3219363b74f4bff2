using System.Globalization;
using System.Text.RegularExpressions;
using UprGraph.Segmentation;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// Recognises named domestic acts in a sentence: "the 2014 Criminal Code", "Code of Criminal Procedure",
/// "Marriage and Family Code of Kazakhstan", "Trade Union Law of 2014", "the 2018 Law on the Professional Activities of
/// Advocates and Legal Aid", Law “On Refugees”, "Order of the Minister of Health No. 1079 “On approving ...”",
/// "Domestic Violence (Protection Orders) Act 1994", "a new law on public access to government information",
/// "the Criminal and Administrative Codes" (two acts), the Constitution; and references to an act named before
/// ("the Code", "the same Code", "the 2018 Law").
/// </summary>
public sealed partial class LawRecognizer : IRecognizer
{
    private const int MaxSubjectWords = 18;
    private readonly ActHeads _heads;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _headWords;
    private readonly System.Buffers.SearchValues<string> _triggers;

    public LawRecognizer()
        : this(new ActHeads(Vocabulary.GenreVocabulary.Default))
    {
    }

    public LawRecognizer(ActHeads heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        _heads = heads;
        var headWords = heads.Named.Concat(heads.Titled).Concat(heads.Numbered).Append("Codes").ToHashSet(StringComparer.Ordinal);
        _headWords = headWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _triggers = System.Buffers.SearchValues.Create([.. headWords], StringComparison.Ordinal);
    }

    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        var mentions = new List<Mention>();
        if (!HasTrigger(sentence))
        {
            return mentions;
        }

        var words = Words.Split(sentence);
        var pool = MentionPool.For(sentence);
        for (var h = 0; h < words.Count; h++)
        {
            var head = words[h].Text;
            if (head is "bill" or "bill)" && h > 0 && IsTitleWord(words[h - 1].Text))
            {
                // "the Freedom of Information bill", "(the RH bill)": a bill's title, then its head in lower case.
                head = head == "bill" ? "Bill" : "Bill)";
                words[h] = new Word(head, words[h].Offset);
            }

            if (head.Length > 3 && head[0] == '(' && _headWords.Contains(head.AsSpan(1)) && char.IsUpper(head[1]))
            {
                // "(Law No. 147)": a head with its number in brackets names an act (the one before it, as its alias); nothing
                // before the bracket is its name.
                var inside = words.GetRange(h, words.Count - h);
                inside[0] = new Word(head[1..], words[h].Offset + 1);
                if (inside.Count > 2 && inside[1].Text == "No." && IsActNumber(inside, 1, out _)
                    && TryNamed(sentence, inside, 0) is { } bracketed && bracketed.End < sentence.Length && sentence[bracketed.End] == ')')
                {
                    mentions.Add(pool?.Share(bracketed) ?? bracketed);
                }

                continue;
            }

            if (!_headWords.Contains(head) && head != "law" && !head.EndsWith(')'))
            {
                // Most words are no head: one lookup, not one per kind of head.
                continue;
            }

            if (head.Length > 2 && head.EndsWith(')') && !head.Contains('(', StringComparison.Ordinal) && _heads.Named.Contains(head[..^1]))
            {
                // "national legislation (Aliens Act)": the head closes a bracket.
                head = head[..^1];
                words[h] = new Word(head, words[h].Offset);
            }

            if (head == "Codes" && TryPlural(sentence, words, h, mentions))
            {
                continue;
            }

            if (_heads.Titled.Contains(head) && TryTitled(sentence, words, h) is { } titled)
            {
                mentions.Add(pool?.Share(titled) ?? titled);
                continue;
            }

            if (head == "law" && TryIndefinite(sentence, words, h) is { } indefinite)
            {
                mentions.Add(pool?.Share(indefinite) ?? indefinite);
                continue;
            }

            if ((_heads.Named.Contains(head) || (_heads.Numbered.Contains(head) && h + 1 < words.Count && IsActNumber(words, h + 1, out _)))
                && TryNamed(sentence, words, h) is { } named)
            {
                mentions.Add(pool?.Share(named) ?? named);
            }
        }

        return Appositions(sentence, BracketedAliases(sentence, RemoveOverlaps(mentions)));
    }

    /// <summary>
    /// "Law No. 840, the Special Law for the Development of ... Infrastructure," "Republic Act No. 6981, the Witness
    /// Protection ... Act,": an act named by its number, then by its title after a comma; the title is an alias of the first.
    /// </summary>
    private static List<Mention> Appositions(string sentence, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (numbered, titled) = (mentions[i], mentions[i + 1]);
            if (numbered.Kind != MentionKind.Law || titled.Kind != MentionKind.Law || !numbered.Name.Contains(" No. ", StringComparison.Ordinal)
                || titled.Offset <= numbered.End || !sentence.AsSpan(numbered.End, titled.Offset - numbered.End).SequenceEqual(", the ")
                || titled.Name.Contains(" No. ", StringComparison.Ordinal))
            {
                continue;
            }

            mentions[i] = numbered with { Aliases = [.. numbered.Aliases, titled.Name, .. titled.Aliases] };
            mentions.RemoveAt(i + 1);
        }

        return mentions;
    }

    /// <summary>
    /// "Act No. 7363 (the Garrote Act)", "Law No. 1.066/1997 (Marchódromo Law)": an act named again in brackets right
    /// after its name is one act; the bracketed name becomes an alias of the first.
    /// </summary>
    private static List<Mention> BracketedAliases(string sentence, List<Mention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (outer, inner) = (mentions[i], mentions[i + 1]);
            if (outer.Kind != MentionKind.Law || inner.Kind != MentionKind.Law || inner.Offset <= outer.End || inner.End >= sentence.Length
                || sentence[inner.End] != ')' || !BracketsAnAlias(outer, sentence[outer.End..inner.Offset]))
            {
                continue;
            }

            mentions[i] = outer with { Aliases = [.. outer.Aliases, inner.Name, .. inner.Aliases] };
            mentions.RemoveAt(i + 1);
        }

        return mentions;
    }

    [GeneratedRegex(@"\b(?:African|Arab|European|Inter-American|American|United Nations|UN|ASEAN|Commonwealth|Islamic|Social|Banjul|Organization|Organisation|Union)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalCharter();

    /// <summary>
    /// What may stand between an act's name and its name in brackets: nothing but the bracket; ", as amended in 2002"
    /// ("the Law on Freedom of Conscience and Religious Organizations, as amended in 2002 (Religion Law)"); or, after a
    /// title in lower case, the rest of that title ("Law No. 2003-75 on support for international efforts to combat
    /// terrorism and prevent money-laundering (the 2003 Anti-Terrorism Law)").
    /// </summary>
    private static bool BracketsAnAlias(Mention outer, string gap) =>
        OpensBracket().IsMatch(gap) || AmendedThenBracket().IsMatch(gap)
        || (outer.Name is { Length: > 0 } name && char.IsLower(name[^1]) && LowercaseTitleThenBracket().IsMatch(gap));

    [GeneratedRegex(@"^\s*\((?:the\s+|The\s+|also known as\s+|known as\s+|so-called\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpensBracket();

    [GeneratedRegex(@"^,\s*as amended(?:\s+in\s+\d{4})?,?\s*\((?:the\s+|The\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmendedThenBracket();

    [GeneratedRegex(@"^\s+\p{Ll}[\p{Ll}\s-]{0,60}\((?:the\s+|The\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseTitleThenBracket();

    /// <summary>
    /// Whether the sentence holds a head as a word of its own ("Act", not "Actions") or a quoted title ("“On"): the
    /// words are then split and read; most sentences name no act.
    /// </summary>
    private bool HasTrigger(string sentence)
    {
        // The heads are found by a vectorised search (they are ASCII); only the words where one starts are read.
        for (var next = 0; next < sentence.Length;)
        {
            var found = sentence.AsSpan(next).IndexOfAny(_triggers);
            if (found < 0)
            {
                break;
            }

            var start = next + found;
            next = start + 1;
            if (start > 0 && char.IsLetter(sentence[start - 1]))
            {
                continue;
            }

            var end = start;
            while (end < sentence.Length && char.IsLetter(sentence[end]))
            {
                end++;
            }

            // A lower-case head names an act only before its subject or title: "law on", "order “On".
            if (_headWords.Contains(sentence.AsSpan(start, end - start))
                && (char.IsUpper(sentence[start]) || LowercaseHeadFollows().IsMatch(sentence.AsSpan(end))))
            {
                return true;
            }
        }

        return sentence.Contains("“On", StringComparison.Ordinal) || sentence.Contains("\"On", StringComparison.Ordinal) || sentence.Contains("«On", StringComparison.Ordinal)
            || HasTitledBill(sentence);
    }

    /// <summary>" bill" after a word of a title ("the CHR Charter bill").</summary>
    private static bool HasTitledBill(string sentence)
    {
        for (var at = sentence.IndexOf(" bill", StringComparison.Ordinal); at > 0; at = sentence.IndexOf(" bill", at + 1, StringComparison.Ordinal))
        {
            var end = at + 5;
            var start = sentence.LastIndexOf(' ', at - 1) + 1;
            if ((end == sentence.Length || !char.IsLetter(sentence[end])) && IsTitleWord(sentence[start..at]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word (in or out of brackets: "(RH", "Workers)") that a title may end in before a lower-case "bill".</summary>
    private static bool IsTitleWord(string word)
    {
        var bare = word.AsSpan().Trim("()");
        return bare.Length > 1 && char.IsUpper(bare[0]) && !Words.IsDeterminer(bare.ToString());
    }

    private Mention? TryTitled(string sentence, List<Word> words, int h)
    {
        // Matched in place (\G), not on a copy of the rest of the sentence: many heads in one sentence stay linear.
        var title = QuotedTitle().Match(sentence, words[h].End);
        if (!title.Success)
        {
            return null;
        }

        var (start, year, premodifiers) = LeftOf(words, h, allowLowercase: true);
        var head = string.Join(' ', premodifiers.Append(words[h].Text));
        var end = words[h].End + title.Length;
        var qualifier = Regex.Replace(title.Groups["qual"].Value + title.Groups["no"].Value, @"\s+", " ").Trim();
        var name = $"{head}{(qualifier.Length > 0 ? " " + qualifier : "")} “{title.Groups["title"].Value.Trim().TrimEnd(',')}”";
        var plainTitle = title.Groups["title"].Value.Trim().TrimEnd(',');
        var headWord = words[h].Text is "law" or "Law" ? "Law" : Capitalise(words[h].Text);
        List<string> aliases = [plainTitle, $"{head} {Lower(plainTitle)}"];
        if (year is not null)
        {
            aliases.Add($"{year} {name}");
            if (qualifier.Length > 0)
            {
                aliases.Add($"{year} {head} {qualifier}");
            }
        }

        return new Mention(MentionKind.Law, sentence[start..end], start, end - start)
        {
            Name = name, Head = headWord, Year = year, Aliases = aliases,
        };
    }

    private Mention? TryIndefinite(string sentence, List<Word> words, int h)
    {
        if (h == 0 || h + 2 >= words.Count || words[h + 1].Text is not ("on" or "concerning" or "regarding"))
        {
            return null;
        }

        // "a new law on public access to information" names an act by its subject; "the law on death penalty" is the
        // law in general, like "the laws on holding assemblies".
        var before = words[h - 1].Text.ToLowerInvariant();
        if (before is not ("a" or "new"))
        {
            return null;
        }

        var last = SubjectEnd(words, h + 2, lowercase: true, out _);
        if (last < h + 2)
        {
            return null;
        }

        var start = before == "new" ? words[h - 1].Offset : words[h].Offset;
        var name = sentence[words[h].Offset..words[last].End];
        List<string> aliases = before == "new" ? ["new " + name] : [];
        return new Mention(MentionKind.Law, sentence[start..words[last].End], start, words[last].End - start)
        {
            Name = name, Head = "Law", Aliases = aliases,
        };
    }

    private Mention? TryNamed(string sentence, List<Word> words, int h)
    {
        var headWord = words[h].Text;
        var (start, year, premodifiers) = LeftOf(words, h, allowLowercase: false);
        var end = words[h].End;
        var name = string.Join(' ', premodifiers.Append(headWord));
        string? countrySuffix = null;
        string? numbered = null;
        string? numberedInYear = null;
        string? revised = null;
        var next = h + 1;
        if (next < words.Count && IsActNumber(words, next, out var numberEnd))
        {
            // "Law No. 12/2015 on Associations", "Decree No. 2018-123", "Law 27.610": the act's number is part of its name.
            var numberText = words[numberEnd].Text;
            end = words[numberEnd].End - (numberText.Length - Unbracketed(numberText).Length);
            name = string.Join(' ', premodifiers.Append(headWord)) + " " + sentence[words[next].Offset..end];
            numbered = name;
            next = numberEnd + 1;
            if (numberEnd > h + 1 && words[numberEnd].Text.All(char.IsAsciiDigit) && InYearAfter(words, next) is { } inYear)
            {
                // "Law No. 11 of 2020 on Job Creation" is not "Law No. 11 of 2008 on Electronic Information and Transactions": a
                // plain number is the act's number in its year, so its short name keeps the year.
                (numberedInYear, year, end, next) = (name + " of " + inYear, inYear, words[next + 1].End, next + 2);
                (name, numbered) = (numberedInYear, numberedInYear);
            }
        }

        // "Act CXXV of 2003 on Equal Treatment": a number in roman numerals is the act's number in its year.
        var roman = next + 2 < words.Count && IsRomanActNumber(words, next) ? words[next].Text : null;
        if (roman is not null)
        {
            year = int.Parse(words[next + 2].Text, CultureInfo.InvariantCulture);
            name = $"{name} {roman} of {year}";
            end = words[next + 2].End;
            next += 3;
        }

        var hadSubject = false;
        string? numberless = null;
        if (next + 1 < words.Count && !Words.IsYear(words[next + 1].Text)
            && (LawHeads.SubjectLinks.Contains(words[next].Text) || (words[next].Text == "to" && _heads.TitleVerbs.Contains(words[next + 1].Text))))
        {
            var lowercase = (headWord is "Law" || name.Contains("No.", StringComparison.Ordinal)) && words[next].Text is "on" or "concerning" or "regarding";
            var subjectEnd = SubjectEnd(words, next + 1, lowercase, out _);
            if (subjectEnd >= next + 1)
            {
                hadSubject = true;
                var subject = string.Join(' ', words.Skip(next + 1).Take(subjectEnd - next).Select(w => w.Text));
                if (Countries.TryGetByName(subject, out _))
                {
                    countrySuffix = subject;
                }
                else
                {
                    name = premodifiers.Count > 0 ? string.Join(' ', premodifiers) + " " + sentence[words[h].Offset..words[subjectEnd].End] : sentence[words[h].Offset..words[subjectEnd].End];
                    numberless = roman is null ? null : headWord + " " + sentence[words[next].Offset..words[subjectEnd].End];
                }

                end = words[subjectEnd].End;
                next = subjectEnd + 1;
            }
        }

        if (hadSubject && numbered is null && roman is null && countrySuffix is null && next + 1 < words.Count && words[next].Text is "No." && IsActNumber(words, next, out var afterSubject))
        {
            // "the Law on Societies No. 51 of 2008": the number after the title.
            var numberText = words[afterSubject].Text;
            end = words[afterSubject].End - (numberText.Length - Unbracketed(numberText).Length);
            name = sentence[words[h].Offset..end];
            name = premodifiers.Count > 0 ? string.Join(' ', premodifiers) + " " + name : name;
            numbered = name;
            next = afterSubject + 1;
            if (numberText.All(char.IsAsciiDigit) && InYearAfter(words, next) is { } inYear)
            {
                (numberedInYear, year, end, next) = (name + " of " + inYear, inYear, words[next + 1].End, next + 2);
                (name, numbered) = (numberedInYear, numberedInYear);
            }
        }

        // "of 2014", "1994", "of Kazakhstan" after the name.
        while (next < words.Count)
        {
            if (Words.IsYear(words[next].Text) && year is null)
            {
                year = int.Parse(words[next].Text, CultureInfo.InvariantCulture);
                end = words[next].End;
                next++;
            }
            else if (words[next].Text == "," && year is null && next + 1 < words.Count && Words.IsYear(words[next + 1].Text)
                     && (next + 2 >= words.Count || words[next + 2].Text is not ("and" or "or" or "-" or "–")))
            {
                // "the Armed Forces (Special Powers) Act, 1958 (AFSPA)": the Commonwealth's citation of an act with its year.
                year = int.Parse(words[next + 1].Text, CultureInfo.InvariantCulture);
                end = words[next + 1].End;
                next += 2;
            }
            else if (words[next].Text == "of" && next + 1 < words.Count && Words.IsYear(words[next + 1].Text) && year is null)
            {
                year = int.Parse(words[next + 1].Text, CultureInfo.InvariantCulture);
                end = words[next + 1].End;
                next += 2;
            }
            else if (year is null && RevisedYear().IsMatch(words[next].Text))
            {
                // "Immigration Act 1959/63": the act and the year of its revision.
                year = int.Parse(words[next].Text[..4], CultureInfo.InvariantCulture);
                revised = name + " " + words[next].Text;
                end = words[next].End;
                next++;
            }
            else if (words[next].Text == "of" && year is null && IsDate(words, next + 1))
            {
                // "Law No. 2004/016 of 22 July 2004": the date of the act.
                year = int.Parse(words[next + 3].Text, CultureInfo.InvariantCulture);
                end = words[next + 3].End;
                next += 4;
            }
            else if (words[next].Text == "of" && countrySuffix is null && TryCountry(words, next + 1, out var country, out var last))
            {
                countrySuffix = country;
                end = words[last].End;
                next = last + 1;
            }
            else
            {
                break;
            }
        }

        // "the Law of 2012 on Public Associations", "Law No. 90/055 of 19 December 1990 on public meetings": the subject
        // after the year.
        string? enacted = null;
        var relatingTo = next + 2 < words.Count && words[next].Text == "relating" && words[next + 1].Text == "to";
        if (!hadSubject && year is not null && next + 1 < words.Count && (words[next].Text is "on" or "concerning" or "regarding" || relatingTo))
        {
            // "relating to the punishment of ...": the subject after both words.
            var first = relatingTo ? next + 2 : next + 1;
            var subjectEnd = SubjectEnd(words, first, lowercase: headWord == "Law", out _);
            if (subjectEnd >= first)
            {
                name = (numbered ?? string.Join(' ', premodifiers.Append(headWord))) + " " + sentence[words[next].Offset..words[subjectEnd].End];
                end = words[subjectEnd].End;
                if (numbered is not null && words[first].Text is "the" && first + 1 <= subjectEnd && Words.IsCapitalised(words[first + 1].Text)
                    && words.Skip(first + 1).Take(subjectEnd - first).Any(w => _heads.Named.Contains(w.Text)))
                {
                    // "Law No. 2017/012 of 12 July 2017 on the Code of Military Justice": the law that enacted the Code is the Code.
                    enacted = sentence[words[first + 1].Offset..words[subjectEnd].End];
                }
            }
        }

        var abbreviation = AbbreviationAfter(sentence, end);
        if (name == "Bill of Rights" || (headWord == "Charter" && InternationalCharter().IsMatch(name)))
        {
            // A constitution's chapter of rights, not a bill.
            return null;
        }

        var bare = premodifiers.Count == 0 && name == headWord;
        if (bare && headWord != "Constitution")
        {
            return Reference(sentence, words, h, year);
        }

        if (headWord == "Constitution")
        {
            name = "Constitution";
        }

        var text = sentence[start..end];
        var aliases = new List<string>();
        if (year is not null)
        {
            aliases.Add(text.StartsWith(year.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) ? text : $"{name} of {year}");
            aliases.Add($"{year} {name}");
        }

        if (countrySuffix is not null)
        {
            aliases.Add($"{name} of {countrySuffix}");
        }

        if (abbreviation is not null)
        {
            aliases.Add(abbreviation);
        }

        if (revised is not null)
        {
            aliases.Add(revised);
        }

        if (numbered is not null && numbered != name)
        {
            // "Law No. 12/2015 on Associations" is also "Law No. 12/2015"; "Law No. 11 of 2020 on Job Creation" is "Law No. 11 of 2020".
            aliases.Add(numberedInYear ?? numbered);
        }

        if (numberless is not null)
        {
            // "Act CXXV of 2003 on Equal Treatment" is also "the Act on Equal Treatment" ("the Equal Treatment Act").
            aliases.Add(numberless);
        }

        if (enacted is not null)
        {
            aliases.Add(enacted);
        }

        return new Mention(MentionKind.Law, text, start, end - start)
        {
            Name = name, Head = headWord == "Codes" ? "Code" : headWord, Year = year, Aliases = aliases.Distinct().ToList(),
            NotInForce = IsProposal(words, h - premodifiers.Count), Draft = IsDraft(words, h - premodifiers.Count), Abbreviation = abbreviation,
        };
    }

    private static Mention? Reference(string sentence, List<Word> words, int h, int? year)
    {
        if (h == 0)
        {
            return null;
        }

        var previous = words[h - 1].Text.ToLowerInvariant();
        // "the draft Code", "the draft Bill": the latest draft with that head.
        var draft = previous == "draft" && h >= 2 && words[h - 2].Text.ToLowerInvariant() is "the" or "this" or "same" or "said";
        var determiner = draft || previous is "the" or "this" or "same" or "said" or "such";
        var withYear = Words.IsYear(words[h - 1].Text) && h >= 2 && words[h - 2].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!determiner && !withYear)
        {
            return null;
        }

        var start = withYear || draft ? words[h - 2].Offset : words[h - 1].Offset;
        return new Mention(MentionKind.LawReference, sentence[start..words[h].End], start, words[h].End - start)
        {
            Name = words[h].Text, Head = words[h].Text,
            Year = withYear ? int.Parse(words[h - 1].Text, CultureInfo.InvariantCulture) : year,
            Draft = draft,
        };
    }

    private static bool TryPlural(string sentence, List<Word> words, int h, List<Mention> mentions)
    {
        // "the Criminal and Administrative Codes": two codes.
        if (h < 3 || words[h - 2].Text != "and" || !Words.IsCapitalised(words[h - 1].Text) || !Words.IsCapitalised(words[h - 3].Text))
        {
            return false;
        }

        var start = words[h - 3].Offset;
        var text = sentence[start..words[h].End];
        foreach (var adjective in new[] { words[h - 3].Text, words[h - 1].Text })
        {
            mentions.Add(new Mention(MentionKind.Law, text, start, text.Length) { Name = adjective + " Code", Head = "Code" });
        }

        return true;
    }

    /// <summary>Capitalised words before the head, back to a determiner, a year or a lower-case word.</summary>
    private (int Start, int? Year, List<string> Words) LeftOf(List<Word> words, int h, bool allowLowercase)
    {
        var taken = new List<string>();
        var start = words[h].Offset;
        int? year = null;
        var depth = 0;
        var comma = false;
        var j = h - 1;
        while (j >= 0)
        {
            var w = words[j].Text;
            if (Words.IsYear(w))
            {
                year = int.Parse(w, CultureInfo.InvariantCulture);
                start = words[j].Offset;
                break;
            }

            if (w == "," && depth > 0 && taken.Count > 0 && !comma)
            {
                // "Trafficking in Persons (Prevention, Care and Rehabilitation) Bill": a comma inside the name's brackets.
                comma = true;
                j--;
                continue;
            }

            if (comma)
            {
                if (!(Words.IsCapitalised(w) && !Words.IsDeterminer(w)))
                {
                    break;
                }

                w += ",";
                comma = false;
            }

            if (w is "etc.)" or "etc)")
            {
                // "the Cybercrimes (Prohibition, Prevention, etc.) Act 2015"
                depth++;
                taken.Insert(0, w);
                start = words[j].Offset;
                j--;
                continue;
            }

            if (w is "’" or "'" && taken.Count > 0 && j > 0 && words[j - 1].End == words[j].Offset && words[j - 1].Text.EndsWith('s')
                && Words.IsCapitalised(words[j - 1].Text) && !Words.IsDeterminer(words[j - 1].Text))
            {
                // "the Uganda Peoples’ Defence Forces Act": a plural possessive inside the name.
                taken.Insert(0, words[j - 1].Text + w);
                start = words[j - 1].Offset;
                j -= 2;
                continue;
            }

            if (depth > 0 && w.Length > 1 && w[0] == '(' && !w.EndsWith(')') && Words.IsConnector(w[1..]))
            {
                // "Khyber Pakhtunkhwa Actions (in Aid of Civil Power) Ordinance": a bracket inside the name opens on a connector.
                taken.Insert(0, w);
                start = words[j].Offset;
                depth--;
                j--;
                continue;
            }

            if (Words.IsCapitalised(w) && !Words.IsDeterminer(w) && !IsPossessiveCountry(w) && !w.Any(char.IsAsciiDigit))
            {
                // "Domestic Violence (Protection Orders) Act": brackets inside a name; "(Criminal Code, section 402)":
                // an opening bracket with no closing one after it ends the name on the left.
                if (w.EndsWith(')') && !w.StartsWith('('))
                {
                    depth++;
                }

                var opens = w.StartsWith('(') && !w.EndsWith(')');
                if (opens && depth > 0)
                {
                    depth--;
                    opens = false;
                }

                taken.Insert(0, opens ? w[1..] : w);
                start = words[j].Offset + (opens ? 1 : 0);
                if (opens)
                {
                    break;
                }

                j--;
                continue;
            }

            if (allowLowercase && taken.Count == 0 && w is "regulatory")
            {
                taken.Insert(0, w);
                start = words[j].Offset;
                j--;
                continue;
            }

            // connectors inside a name: "Marriage and Family", "Offences against the Person", "Prevention of Cruelty to Children"
            var k = j;
            while (k >= 0 && Words.IsConnector(words[k].Text))
            {
                k--;
            }

            // ... but "the Immigration Act and the Citizenship Act" are two acts, and "the Ninth Amendment to the
            // Fundamental Law" is an amendment of the Fundamental Law, which it targets.
            if (k < j && k >= 0 && taken.Count > 0 && Words.IsCapitalised(words[k].Text) && !Words.IsDeterminer(words[k].Text) && words[j].Text != "a"
                && !(words[k].Text is "Amendment" or "Amendments" && words[k + 1].Text is "to" or "of")
                && !_heads.Named.Contains(words[k].Text.TrimEnd(')')) && !(words[j].Text == "the" && words[j - 1].Text == "and"))
            {
                for (var c = j; c > k; c--)
                {
                    taken.Insert(0, words[c].Text);
                }

                j = k;
                continue;
            }

            break;
        }

        return (start, year, taken);
    }

    private static bool IsPossessiveCountry(string word) =>
        (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        && Countries.TryGetByName(word[..^2], out _);

    /// <summary>The last word of a subject that starts at <paramref name="first"/>; before <paramref name="first"/> when there is none.</summary>
    internal int SubjectEnd(List<Word> words, int first, bool lowercase, out bool sawCapital)
    {
        sawCapital = false;
        var last = first - 1;
        var opening = first < words.Count && Words.IsDeterminer(words[first].Text) ? first + 1 : first;
        if (lowercase && opening < words.Count && Words.IsCapitalised(words[opening].Text))
        {
            // A subject in title case ("the Law on Children", "the Law on the Professional Activities of Advocates") ends at its
            // first lower-case word that is no connector: "the Law on Children to extend its protection", "nor the Law on ...".
            // Only a subject that opens in lower case ("Law No. 59-154 on associations") runs on in lower case.
            lowercase = false;
        }

        for (var i = first; i < words.Count && i - first < MaxSubjectWords; i++)
        {
            var w = words[i].Text;
            if (w == "," && (CapitalisedListAfter(words, i + 1) || (i + 2 < words.Count && words[i + 1].Text == "for" && Words.IsCapitalised(words[i + 2].Text))))
            {
                // ... ", for Peaceful Coexistence and Tolerance": a title's part after a comma.
                // "Law on the Prevention, Prohibition of Harassment of Women and Children", "on the Oversight, Transparency and Accountability of ..."
                continue;
            }

            if (w.Length == 1 && !char.IsLetterOrDigit(w[0]) || Words.IsYear(w))
            {
                break;
            }

            if (w.StartsWith('(') || w is "No." or "Nos.")
            {
                // "Law on Mass Media (LMM)": the abbreviation is not part of the name; nor is "No." the title's.
                break;
            }

            if (Words.IsCapitalised(w))
            {
                sawCapital = true;
                last = i;
                continue;
            }

            if (Words.IsConnector(w))
            {
                if (w == "and" && i + 1 < words.Count && (Words.IsDeterminer(words[i + 1].Text) || LawHeads.SubjectStops.Contains(words[i + 1].Text) || _heads.ChainVerbs.Contains(words[i + 1].Text)))
                {
                    break;
                }

                if (w == "of" && i + 1 < words.Count && Words.IsYear(words[i + 1].Text))
                {
                    break;
                }

                continue;
            }

            if (!lowercase && w is "their" or "its" or "his" or "her" && i + 1 < words.Count && Words.IsCapitalised(words[i + 1].Text))
            {
                // "Law on Protection of Children from Information Harmful to their Health and Development"
                continue;
            }

            if (!lowercase || LawHeads.SubjectStops.Contains(w) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4))
            {
                break;
            }

            last = i;
        }

        return last;
    }

    /// <summary>After a comma inside an act's subject: capitalised words that end a list with "and" or "or" and another capitalised word.</summary>
    private bool CapitalisedListAfter(List<Word> words, int first)
    {
        if (first >= words.Count || !Words.IsCapitalised(words[first].Text) || Words.IsDeterminer(words[first].Text) || _heads.Named.Contains(words[first].Text))
        {
            return false;
        }

        for (var i = first + 1; i < words.Count && i < first + 8; i++)
        {
            var w = words[i].Text;
            if (w is "and" or "or")
            {
                return i + 1 < words.Count && Words.IsCapitalised(words[i + 1].Text) && !_heads.Named.Contains(words[i + 1].Text);
            }

            if (!Words.IsCapitalised(w) && !Words.IsConnector(w))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the Public Order Management Act (POMA)": an abbreviation in brackets right after the name.</summary>
    private static string? AbbreviationAfter(string sentence, int end)
    {
        var match = BracketedAbbreviation().Match(sentence, end);
        return match.Success && match.Index == end && !Words.IsYear(match.Groups["abbr"].Value) ? match.Groups["abbr"].Value : null;
    }

    private static bool IsActNumber(List<Word> words, int at, out int end)
    {
        end = at;
        if (words[at].Text is "No." or "no." or "Nos." && at + 1 < words.Count
            && (ActNumber().IsMatch(Unbracketed(words[at + 1].Text)) || LetteredActNumber().IsMatch(Unbracketed(words[at + 1].Text))))
        {
            // "Decree No. 603", "(Presidential Decree No. 603)", "Presidential Decree No. UP-3993".
            end = at + 1;
            return true;
        }

        if (ActNumber().IsMatch(words[at].Text) && !Words.IsYear(words[at].Text) && !RevisedYear().IsMatch(words[at].Text) && words[at].Text.Any(c => c is '.' or '/' or '-'))
        {
            return true;
        }

        // "Law 1448 of 2011", "Decree 1066 of 2015": a plain number with the act's year.
        return words[at].Text.Length <= 5 && words[at].Text.All(char.IsAsciiDigit) && !Words.IsYear(words[at].Text)
            && at + 2 < words.Count && words[at + 1].Text == "of" && Words.IsYear(words[at + 2].Text);
    }

    /// <summary>The year of "of 2020" at <paramref name="at"/>, after an act's plain number; null when the words there are not that.</summary>
    private static int? InYearAfter(List<Word> words, int at) =>
        at + 1 < words.Count && words[at].Text == "of" && Words.IsYear(words[at + 1].Text) ? int.Parse(words[at + 1].Text, CultureInfo.InvariantCulture) : null;

    /// <summary>A number that closes a bracket ("603)" of "(Presidential Decree No. 603)") without the bracket.</summary>
    private static string Unbracketed(string word) =>
        word.Length > 1 && word[^1] == ')' && !word.Contains('(', StringComparison.Ordinal) ? word[..^1] : word;

    private static readonly HashSet<string> s_months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>"22 July 2004": day, month and year from <paramref name="at"/>.</summary>
    private static bool IsDate(List<Word> words, int at) =>
        at + 2 < words.Count && words[at].Text.Length <= 2 && words[at].Text.All(char.IsAsciiDigit)
        && s_months.Contains(words[at + 1].Text) && Words.IsYear(words[at + 2].Text);

    /// <summary>"Act XX of 2020", "Act LXXIX of 2021": a roman numeral and the year it numbers the act in.</summary>
    private static bool IsRomanActNumber(List<Word> words, int at) =>
        RomanNumeral().IsMatch(words[at].Text) && words[at + 1].Text == "of" && Words.IsYear(words[at + 2].Text);

    private static bool TryCountry(List<Word> words, int first, out string country, out int last)
    {
        country = "";
        last = first;
        for (var n = Math.Min(6, words.Count - first); n >= 1; n--)
        {
            var candidate = string.Join(' ', words.Skip(first).Take(n).Select(w => w.Text));
            if (Countries.TryGetByName(candidate, out _))
            {
                country = candidate;
                last = first + n - 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>"proposed changes to the Land Code", "the pending Juvenile Justice Bill": the act is spoken of as a proposal.</summary>
    private static bool IsProposal(List<Word> words, int first)
    {
        for (var i = Math.Max(0, first - 5); i < first; i++)
        {
            if (words[i].Text is "proposed" or "pending")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the draft Law on Assemblies", "a draft of the Offences against the Person (Amendment) Bill": a draft act.</summary>
    private static bool IsDraft(List<Word> words, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (words[i].Text is "draft" or "Draft")
            {
                return true;
            }
        }

        return false;
    }

    private static List<Mention> RemoveOverlaps(List<Mention> mentions)
    {
        if (mentions.Count <= 1)
        {
            return mentions;
        }

        // Longest first, each kept unless it overlaps (but for the same span) one kept before. Mentions overlap only within a
        // run of overlapping ones, so the longest-first choice is made run by run: linear in the mentions of a sentence,
        // not quadratic. The order is the one a single longest-first pass then sorted by offset gives: runs follow one
        // another in the text, so each run's mentions are sorted alone.
        var order = new (Mention Mention, int Index)[mentions.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (mentions[i], i);
        }

        Array.Sort(order, s_byPlace);
        var kept = new List<Mention>(mentions.Count);
        var run = new List<(Mention Mention, int Index)>();
        var runStart = 0;
        var runEnd = int.MinValue;
        for (var i = 0; i < order.Length; i++)
        {
            if (i > runStart && order[i].Mention.Offset >= runEnd)
            {
                KeepLongest(order.AsSpan(runStart, i - runStart), run, kept);
                runStart = i;
            }

            runEnd = Math.Max(runEnd, order[i].Mention.End);
        }

        KeepLongest(order.AsSpan(runStart), run, kept);
        return kept;
    }

    /// <summary>By offset, the longer first, then in the order found.</summary>
    private static readonly Comparison<(Mention Mention, int Index)> s_byPlace = static (a, b) =>
        a.Mention.Offset != b.Mention.Offset ? a.Mention.Offset.CompareTo(b.Mention.Offset)
        : a.Mention.Length != b.Mention.Length ? b.Mention.Length.CompareTo(a.Mention.Length)
        : a.Index.CompareTo(b.Index);

    /// <summary>The longer first, then in the order found.</summary>
    private static readonly Comparison<(Mention Mention, int Index)> s_byLength = static (a, b) =>
        a.Mention.Length != b.Mention.Length ? b.Mention.Length.CompareTo(a.Mention.Length) : a.Index.CompareTo(b.Index);

    /// <summary>Adds to <paramref name="kept"/> the mentions of one run (in by-place order) that survive, in that order.</summary>
    private static void KeepLongest(ReadOnlySpan<(Mention Mention, int Index)> order, List<(Mention Mention, int Index)> run, List<Mention> kept)
    {
        if (order.Length == 1)
        {
            kept.Add(order[0].Mention);
            return;
        }

        run.Clear();
        run.AddRange(order);
        run.Sort(s_byLength);
        var survivors = 0;
        for (var r = 0; r < run.Count; r++)
        {
            var mention = run[r].Mention;
            var clash = false;
            for (var k = 0; k < survivors && !clash; k++)
            {
                var other = run[k].Mention;
                clash = other.Offset < mention.End && mention.Offset < other.End && !(other.Offset == mention.Offset && other.Length == mention.Length);
            }

            if (!clash)
            {
                run[survivors++] = run[r];
            }
        }

        run.RemoveRange(survivors, run.Count - survivors);
        run.Sort(s_byPlace);
        foreach (var (mention, _) in run)
        {
            kept.Add(mention);
        }
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Lower(string title) => title.Length > 0 ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    [GeneratedRegex(@"\G\s*\((?<abbr>[A-Z][A-Za-z0-9-]{1,11})\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAbbreviation();

    [GeneratedRegex(@"^\s+(?:on\b|[“""«])", RegexOptions.CultureInvariant)]
    private static partial Regex LowercaseHeadFollows();

    /// <summary>"7363", "1.066/97", "40117-S", "255-FZ", "2018-123": an act's number.</summary>
    [GeneratedRegex(@"^\d[\d./-]*(?:[\dA-Z]|(?<=-)[A-Z]{2,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ActNumber();

    /// <summary>"UP-3993", "PP-4567": a number with the letters of its series, after "No.".</summary>
    [GeneratedRegex(@"^[A-Z]{1,4}-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex LetteredActNumber();

    [GeneratedRegex(@"^(?:17|18|19|20)\d\d/\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex RevisedYear();

    [GeneratedRegex(@"^(?=[IVXLCDM]{1,9}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"\G(?<qual>\s+of\s+the\s+[^“”""«».;,]{3,120}?)?(?<no>\s+No\.\s*\d+)?\s*[“""«]\s*(?<title>On\s[^”""»“]{2,250})[”""»“]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();
}
