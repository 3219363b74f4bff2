using System.Text.RegularExpressions;

namespace UprGraph.Recognition.Laws;

/// <summary>
/// Recognises the acts the summaries name in lower case: bills and drafts by their subject ("a bill on the protection
/// of journalists, media workers and human rights defenders", "the bill to protect journalists", "a bill aimed at
/// protecting children", "a bill to ban X and another to eliminate Y": two bills, "the draft law on assemblies"), acts
/// named after a subject word ("the amnesty law", "the government's media law"; not "the criminal law" or "national
/// law") or a popular name in quotes ("the so-called “foreign agents” law"), and "the law on X", which may be the law in general and so is only tentative.
/// </summary>
public sealed partial class LowercaseActRecognizer : IRecognizer
{
    private const int MaxSubjectWords = 16;

    /// <summary>Words before "law" that name a field of law or the law in general, not one act.</summary>
    private static readonly HashSet<string> s_generic = new(StringComparer.Ordinal)
    {
        "criminal", "penal", "civil", "family", "labour", "labor", "international", "national", "domestic", "customary",
        "common", "religious", "sharia", "islamic", "humanitarian", "existing", "current", "new", "relevant", "applicable",
        "general", "constitutional", "federal", "state", "local", "military", "case", "the", "this", "that", "such", "any",
        "and", "or", "of", "by", "under", "rule", "soft", "hard", "positive", "private", "public", "administrative",
        "electoral", "election", "secular", "tribal", "traditional", "statutory", "primary", "secondary", "draft", "proposed",
        "which", "a", "an", "its", "their", "to", "in", "on", "with", "from", "as", "no", "not", "every", "each", "human",
        "rights", "refugee", "environmental", "tax", "inheritance", "nationality", "citizenship", "immigration", "asylum",
        "same", "said", "above", "following", "specific", "separate", "comprehensive", "strict", "restrictive", "repressive",
    };

    /// <summary>What <see cref="DraftOtherAct"/> needs in a sentence: it cannot match one without these words.</summary>
    private static readonly System.Buffers.SearchValues<string> s_otherDraftHeads =
        System.Buffers.SearchValues.Create(["draft regulation", "draft proclamation", "draft decree", "draft ordinance"], StringComparison.Ordinal);

    public IReadOnlyList<Mention> Recognize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<Mention>();
        var covered = new SpanIndex();
        var pool = MentionPool.For(sentence);
        void Add(Mention mention)
        {
            mentions.Add(pool?.Share(mention) ?? mention);
            covered.Add(mention.Offset, mention.End);
        }

        // Each pattern runs only where its head word stands in the sentence ("lawyers" and "bills of exchange" aside).
        // One vectorised search first: most sentences hold none of the three words.
        var firstHead = sentence.AsSpan().IndexOfAny(s_heads);
        if (firstHead < 0)
        {
            return mentions;
        }

        var bill = sentence.AsSpan(firstHead).Contains("bill", StringComparison.Ordinal);
        var law = HasWord(sentence, "law", firstHead);
        var draft = sentence.AsSpan(Math.Max(0, firstHead - 1)).Contains(" draft", StringComparison.Ordinal);
        if (!bill && !law && !draft)
        {
            return mentions;
        }

        foreach (Match match in bill ? Bill().Matches(sentence) : Enumerable.Empty<Match>())
        {
            var first = Named(sentence, match, "Bill", "bill");
            Add(first);
            // Matched in place, not on a copy of the rest of the sentence for each bill.
            var another = Another().Match(sentence, first.End);
            if (another.Success)
            {
                // "a bill to ban gender mainstreaming and another to eliminate the Ministry for Women"
                var offset = another.Index;
                var subject = Subject(another.Groups["subject"].Value);
                var text = sentence.Substring(offset, another.Length - (another.Groups["subject"].Length - subject.Length));
                Add(new Mention(MentionKind.Law, text, offset, text.Length)
                {
                    Name = $"bill {another.Groups["link"].Value} {subject}", Head = "Bill",
                });
            }
        }

        foreach (Match reference in bill ? BillReference().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "It called on the Government to table the bill": the bill named before.
            if (!covered.Contains(reference.Index))
            {
                Add(new Mention(MentionKind.LawReference, reference.Value, reference.Index, reference.Length) { Name = "Bill", Head = "Bill" });
            }
        }

        foreach (Match reference in draft ? DraftReference().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "AI recommended that the draft be revised": the draft named before.
            if (!covered.Contains(reference.Index))
            {
                Add(new Mention(MentionKind.LawReference, reference.Value, reference.Index, reference.Length) { Name = "draft", Head = LawReferences.Draft });
            }
        }

        foreach (Match quoted in (law || bill) && sentence.AsSpan().IndexOfAny("”\"") >= 0 ? QuotedNameLaw().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "the so-called “foreign agents” law": an act by its popular name.
            var title = quoted.Groups["title"].Value.Trim();
            var isBill = quoted.Groups["head"].Value == "bill";
            var start = quoted.Groups["np"].Index;
            Add(new Mention(MentionKind.Law, sentence[start..(quoted.Index + quoted.Length)], start, quoted.Index + quoted.Length - start)
            {
                Name = $"“{title}” {quoted.Groups["head"].Value}", Head = isBill ? "Bill" : "Law", Draft = isBill, Aliases = [$"{title} {quoted.Groups["head"].Value}"],
            });
        }

        foreach (Match match in draft && law ? DraftLaw().Matches(sentence) : Enumerable.Empty<Match>())
        {
            Add(Named(sentence, match, "Law", "draft law"));
        }

        foreach (Match match in draft && sentence.AsSpan().IndexOfAny(s_otherDraftHeads) >= 0 ? DraftOtherAct().Matches(sentence) : Enumerable.Empty<Match>())
        {
            // "the draft regulation on domestic workers", "a draft proclamation on refugees".
            var head = match.Groups["head"].Value;
            if (!covered.Contains(match.Index))
            {
                Add(Named(sentence, match, char.ToUpperInvariant(head[0]) + head[1..], "draft " + head) with { Draft = true });
            }
        }

        foreach (var match in law ? SubjectLaws(sentence) : Enumerable.Empty<Match>())
        {
            var words = match.Groups["pre"].Value.Split(' ');
            if (words.Any(s_generic.Contains) || covered.Contains(match.Index))
            {
                continue;
            }

            var name = match.Groups["pre"].Value + " law";
            var start = match.Groups["pre"].Index;
            var aliases = match.Groups["owner"].Success ? new List<string> { match.Groups["owner"].Value + " " + name } : [];
            Add(new Mention(MentionKind.Law, sentence[start..(match.Index + match.Length)], start, match.Index + match.Length - start)
            {
                Name = name, Head = "Law", Aliases = aliases,
            });
        }

        foreach (Match match in law && sentence.Contains("the law ", StringComparison.Ordinal) ? TheLawOn().Matches(sentence) : Enumerable.Empty<Match>())
        {
            if (covered.Contains(match.Index))
            {
                continue;
            }

            var mention = Named(sentence, match, "Law", "law");
            if (mention.Name.Split(' ').Length >= 3)
            {
                Add(mention with { Tentative = true });
            }
        }

        return mentions;
    }

    /// <summary>
    /// The matches of <see cref="SubjectLawAt"/>, left to right and not overlapping, as a search of the whole sentence
    /// would find them; but tried only at the words of the four before each "law" (a match spans no more), not at every
    /// word of the sentence.
    /// </summary>
    private static IEnumerable<Match> SubjectLaws(string sentence)
    {
        var next = 0;
        for (var at = sentence.IndexOf("law", StringComparison.Ordinal); at >= 0; at = sentence.IndexOf("law", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsWhiteSpace(sentence[at - 1]))
            {
                continue;
            }

            var from = at;
            for (var words = 0; words < 4 && from > 0; words++)
            {
                while (from > 0 && char.IsWhiteSpace(sentence[from - 1]))
                {
                    from--;
                }

                while (from > 0 && !char.IsWhiteSpace(sentence[from - 1]))
                {
                    from--;
                }
            }

            for (var start = Math.Max(from, next); start < at; start++)
            {
                if (!char.IsLetter(sentence[start]))
                {
                    continue;
                }

                var match = SubjectLawAt().Match(sentence, start);
                next = start + 1;
                if (match.Success)
                {
                    yield return match;
                    next = match.Index + match.Length;
                    break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="text"/> as a whole word, in lower case.</summary>
    private static readonly System.Buffers.SearchValues<string> s_heads = System.Buffers.SearchValues.Create(["bill", "law", "draft"], StringComparison.Ordinal);

    private static bool HasWord(string text, string word, int from = 0)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention Named(string sentence, Match match, string head, string headText)
    {
        var subject = Subject(match.Groups["subject"].Value);
        var start = match.Groups["np"].Index;
        var end = match.Groups["subject"].Index + subject.Length;
        return new Mention(MentionKind.Law, sentence[start..end], start, end - start)
        {
            Name = $"{headText} {match.Groups["link"].Value} {subject}", Head = head,
        };
    }

    /// <summary>The subject's words up to a clause: a verb of the sentence, a relative pronoun, "and another", a stop, a bracket.</summary>
    private static string Subject(string text)
    {
        var words = text.Split(' ');
        var kept = new List<string>();
        foreach (var word in words)
        {
            var bare = word.TrimEnd(',');
            if (kept.Count >= MaxSubjectWords || bare.Length == 0 || LawHeads.SubjectStops.Contains(bare) || bare is "another" or "but" or "despite"
                || (bare.EndsWith("ed", StringComparison.Ordinal) && bare.Length > 4 && kept.Count > 0 && !kept[^1].EndsWith(',')))
            {
                break;
            }

            kept.Add(word);
            if (word.EndsWith(',') && !ContinuesList(words, kept.Count))
            {
                break;
            }
        }

        while (kept.Count > 0 && (kept[^1].TrimEnd(',') is "and" or "or" or "the" or "a" or "of" || kept[^1].EndsWith(',')))
        {
            kept[^1] = kept[^1].TrimEnd(',');
            if (kept[^1] is "and" or "or" or "the" or "a" or "of")
            {
                kept.RemoveAt(kept.Count - 1);
            }
            else
            {
                break;
            }
        }

        return string.Join(' ', kept);
    }

    /// <summary>"journalists, media workers and human rights defenders": after a comma, nouns up to an "and" go on the list.</summary>
    private static bool ContinuesList(string[] words, int next)
    {
        for (var i = next; i < words.Length && i < next + 5; i++)
        {
            var word = words[i];
            if (word is "and" or "or")
            {
                return true;
            }

            if (word.Length == 0 || !char.IsLower(word[0]) || LawHeads.SubjectStops.Contains(word.TrimEnd(',')) || word.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<np>\b(?:(?:a|an|the|this|that|its|new|draft|pending|proposed)\s+)?bill)\s+(?<link>on|to|aimed at|that would|which would|regulating|concerning|regarding|for|against|amending)\s+(?<subject>[^.;:()“”""]{3,200})", RegexOptions.CultureInvariant)]
    private static partial Regex Bill();

    [GeneratedRegex(@"\b(?:the|this|that|said)\s+(?:draft\s+)?bill\b(?!\s+(?:on|to|aimed|that|which|regulating|concerning|regarding|for|against|amending|of)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BillReference();

    [GeneratedRegex(@"(?<np>\b(?:a|the|its|new)\s+draft\s+(?<head>regulation|proclamation|decree|ordinance))\s+(?<link>on|to|concerning|regarding|amending)\s+(?<subject>[^.;:()“”""]{3,200})", RegexOptions.CultureInvariant)]
    private static partial Regex DraftOtherAct();

    [GeneratedRegex(@"\b(?:the|this|that|said)\s+draft(?:\s+(?:proclamation|regulation|decree|ordinance))?\b(?=\s+(?:be|should|must|was|is|would|had|has|and|to|in|with|before|without)\b|\s*[,.;])", RegexOptions.CultureInvariant)]
    private static partial Regex DraftReference();

    [GeneratedRegex(@"\b(?:the|a|its|this)\s+(?:so-called\s+)?(?<np>[“""](?<title>[^”""“]{2,60})[”""]\s+(?<head>law|bill))\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNameLaw();

    [GeneratedRegex(@"\G\s+and\s+(?:an)?other\s+(?<link>to|on|aimed at)\s+(?<subject>[^.;:()“”""]{3,160})", RegexOptions.CultureInvariant)]
    private static partial Regex Another();

    [GeneratedRegex(@"(?<np>\b(?:a|the|its|new)\s+draft\s+law)\s+(?<link>on|to|concerning|regarding|amending)\s+(?<subject>[^.;:()“”""]{3,200})", RegexOptions.CultureInvariant)]
    private static partial Regex DraftLaw();

    /// <summary>"the media law", "Freedonia's new media law": at most four words before "law".</summary>
    [GeneratedRegex(@"\G\b(?:(?:the|a|an|this|its)|(?<owner>(?:the\s+)?[\p{L}]+[’']s))\s+(?<pre>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\s+law\b(?!\s+(?:enforcement|firms?|schools?|students?|graduates?|professors?|faculty|on|of)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectLawAt();

    [GeneratedRegex(@"(?<np>\bthe\s+law)\s+(?<link>on|concerning|regarding)\s+(?<subject>[a-z][^.;:()“”""]{3,160})", RegexOptions.CultureInvariant)]
    private static partial Regex TheLawOn();
}
