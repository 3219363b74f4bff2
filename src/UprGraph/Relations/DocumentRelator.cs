using UprGraph.Graph;
using UprGraph.Model;
using UprGraph.Recognition;
using UprGraph.Recognition.Laws;
using UprGraph.Recognition.Stakeholders;
using UprGraph.Recognition.Treaties;
using UprGraph.Resolution;
using UprGraph.Segmentation;

namespace UprGraph.Relations;

/// <summary>
/// Walks a document's paragraphs in order and turns each sentence into relations with a source:
/// the stakeholders it names (one relation each for a joint statement), else the latest named source of the paragraph,
/// else, for passive or unsourced statements, the stakeholders the closing footnote cites (when the Notes annex is
/// there) or none (unattributed, with the document as source). "X made similar observations" gives X the relations of
/// the statement it follows. A sentence that states a problem without naming an act carries on the act of the sentence
/// before when it refers back to it ("Such cases ..."), or of its statement ("The court could set ..." after "the
/// Code of Administrative Offences").
/// </summary>
internal sealed partial class DocumentRelator
{
    private readonly SegmentedDocument _document;
    private readonly ExtractionOptions _options;
    private readonly ExtractionRules _rules;
    private readonly StakeholderRegistry _stakeholders;
    private readonly LawRegistry _laws;
    private readonly TreatyRegistry _treaties = new();
    private readonly Dictionary<string, ArticleEntity> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lawOfArticleNumber = new(StringComparer.Ordinal);
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);
    private readonly List<ExtractedRelation> _relations = [];
    // A relation is one edge of the graph, (type, source, target, paragraph), whatever the sentences that state it: only
    // the first is kept, as the graph keeps it, so a paragraph that repeats itself does not hold a relation per repetition.
    private readonly HashSet<(string Type, string Source, string Target, int Paragraph)> _related = [];
    private readonly SourceParser _sources;
    private readonly string _documentId;
    private readonly Dictionary<string, string> _issueIds = new(StringComparer.Ordinal);
    private ArticleEntity? _lastArticle;
    private Paragraph? _footnotesOf;
    private int?[] _firstFootnoteFrom = [];
    private List<int> _markSentences = [];
    private readonly List<ArticleEntity> _paragraphArticles = [];
    private readonly LargeTextGarbage _garbage = new();

    public DocumentRelator(SegmentedDocument document, ExtractionOptions options)
        : this(document, options, ExtractionRules.Default)
    {
    }

    public DocumentRelator(SegmentedDocument document, ExtractionOptions options, ExtractionRules rules)
    {
        _document = document;
        _options = options;
        _rules = rules;
        _stakeholders = new StakeholderRegistry(document.Info.Symbol, document.Info.CountryName, document.Notes, rules.StakeholderWords);
        _laws = new LawRegistry(document.Info.CountryCode, rules.CountryWords(document.Info.CountryCode, document.Info.CountryName)) { FormWords = rules.ActFormWords };
        _sources = new SourceParser(document.Info.CountryName, rules.Speakers);
        _documentId = DocumentIds.Document(document.Info.Symbol);
    }

    public DocumentExtraction Relate()
    {
        foreach (var paragraph in _document.Paragraphs)
        {
            RelateParagraph(paragraph);
        }

        MergeAcronyms();
        var stakeholders = _stakeholders.All.Where(s => s.Listed || _speakers.Contains(s.Id)).ToList();
        // "the law on X" stays an act only where a relation targets it (or one of its articles).
        var targeted = _relations.Select(r => r.TargetId).ToHashSet(StringComparer.Ordinal);
        targeted.UnionWith(_articles.Values.Where(a => targeted.Contains(a.Id)).Select(a => a.LawId).ToList());
        var laws = _laws.All.Where(l => !l.Tentative || targeted.Contains(l.Id)).ToList();
        return new DocumentExtraction(_document, stakeholders, laws, _articles.Values.ToList(), _treaties.All.ToList(), _relations);
    }

    /// <summary>Acts named by another's initials become that act: their relations and articles move to it.</summary>
    private void MergeAcronyms()
    {
        var merged = _laws.MergeAcronyms();
        if (merged.Count == 0)
        {
            return;
        }

        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (oldId, law) in merged)
        {
            moved[oldId] = law.Id;
        }

        foreach (var article in _articles.Values.Where(a => moved.ContainsKey(a.LawId)).ToList())
        {
            _articles.Remove(article.Id);
            var id = DocumentIds.Article(moved[article.LawId], article.Number);
            _articles.TryAdd(id, new ArticleEntity(id, moved[article.LawId], article.Number));
            moved[article.Id] = id;
        }

        for (var i = 0; i < _relations.Count; i++)
        {
            if (moved.TryGetValue(_relations[i].TargetId, out var target))
            {
                _relations[i] = _relations[i] with { TargetId = target };
            }
        }
    }

    private void RelateParagraph(Paragraph paragraph)
    {
        _paragraphArticles.Clear();
        List<StakeholderEntity> latest = [];
        var sentenceStatements = new ParagraphStatements();
        // Only the sentence before's targets are looked back at: kept alone, not those of every sentence of the paragraph.
        List<Target>? previousTargets = null;
        List<Target> topic = [];
        foreach (var sentence in paragraph.Sentences)
        {
            var clause = _sources.Parse(sentence.Text);
            foreach (var (abbreviation, name) in clause.Definitions)
            {
                _stakeholders.Define(name, abbreviation);
            }

            var named = clause.Kind is SourceKind.Named or SourceKind.According or SourceKind.SimilarObservations ? Resolved(clause.Names) : [];
            if (named.Count > 0)
            {
                latest = named;
            }

            var recommendation = _rules.Cues.RecommendationStart(sentence.Text);
            var targets = Targets(sentence.Text, recommendation);
            _garbage.AfterStage(sentence.Text.Length);
            var statements = _rules.Statements.Classify(sentence.Text, targets, recommendation, clause.SubjectEnd);
            _garbage.AfterStage(sentence.Text.Length);
            // Only an act named before can be what a sentence that names none criticises: without one there is nothing to look for.
            var problem = statements.Count == 0 && targets.Count == 0 && recommendation < 0 && (topic.Count > 0 || previousTargets is { Count: > 0 })
                ? _rules.Cues.Negative(sentence.Text[Math.Min(clause.SubjectEnd, sentence.Text.Length)..])
                : null;
            if (problem is not null && !_rules.Cues.IsPrescriptive(sentence.Text))
            {
                var carried = _rules.Cues.HasAnaphora(sentence.Text) && previousTargets is not null ? previousTargets : topic;
                var lawsOfArticles = carried.Select(t => t.LawId).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var subjectEnd = Math.Min(clause.SubjectEnd, sentence.Text.Length);
                var problemAt = subjectEnd + _rules.Cues.NegativeAt(sentence.Text[subjectEnd..]).At;
                statements = carried.Where(t => t.Kind is NodeKind.Law or NodeKind.Article && !t.Proposed && !t.NotInForce && !t.Tentative && !lawsOfArticles.Contains(t.Id))
                    .Select(t => new Statement(RelationTypes.Criticizes, t.Id, problem) { CueAt = problemAt })
                    .DistinctBy(st => st.TargetId)
                    .ToList();
                targets = [.. carried];
            }

            if (statements.Count == 0 && recommendation >= 0 && targets.Count == 0 && previousTargets is { Count: > 0 })
            {
                // "According to JS6, the Law on Assemblies ... . JS6 recommended that it be amended.": the act of the
                // sentence before.
                statements = _rules.Statements.OnPronounBefore(sentence.Text, recommendation, previousTargets);
            }

            if (clause.Kind == SourceKind.SimilarObservations && named.Count > 0)
            {
                var own = targets.Where(t => t.Kind is NodeKind.Law or NodeKind.Article && !t.Proposed && !t.NotInForce).ToList();
                var ownTreaties = statements.Any(s => s.Type == RelationTypes.RecommendsRatifying) ? [] : targets.Where(t => t.Kind == NodeKind.Treaty).ToList();
                foreach (var statement in ReferredStatement(paragraph, sentence.Index - 1, sentenceStatements))
                {
                    if (ownTreaties.Count > 0 && statement.Type == RelationTypes.RecommendsRatifying)
                    {
                        // "JS5 made a similar recommendation with regard to ILO Convention No. 189": ratifying the treaty this
                        // sentence names.
                        foreach (var treaty in ownTreaties)
                        {
                            Emit(named, statement with { TargetId = treaty.Id, Act = treaty, CueAt = -1 }, paragraph, sentence, Via.SimilarObservations);
                        }

                        continue;
                    }

                    if (own.Count > 0 && statement.Type is RelationTypes.Criticizes or RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing)
                    {
                        // "CoE-ECRI made similar observations concerning the Criminal Code": the same statement of the
                        // act this sentence names.
                        foreach (var target in own)
                        {
                            Emit(named, statement with { TargetId = target.Id, Act = target, CueAt = -1 }, paragraph, sentence, Via.SimilarObservations);
                        }

                        continue;
                    }

                    // The statement's act and cue stand in an earlier sentence: this one only names the source.
                    Emit(named, statement, paragraph, sentence, Via.SimilarObservations);
                }

                foreach (var statement in statements)
                {
                    // "JS3 made similar observations and recommended repealing the Law": its own statement as well.
                    Emit(named, statement, paragraph, sentence, Via.Named);
                }

                Speak(named, paragraph, sentence, Via.SimilarObservations);
            }
            else if (clause.Kind != SourceKind.Passive && (named.Count > 0 || latest.Count > 0))
            {
                var (sources, via) = named.Count > 0 ? (named, Via.Named) : (latest, Via.Continued);
                foreach (var statement in statements)
                {
                    Emit(sources, statement, paragraph, sentence, via);
                }

                if (clause.Kind is SourceKind.Named or SourceKind.According or SourceKind.Pronoun)
                {
                    Speak(sources, paragraph, sentence, via);
                }
            }
            else
            {
                // Passive or unnamed ("Several submissions recommended X;4 Y;5 and Z.6"): each statement takes the sources
                // of the footnote that closes its part of the sentence.
                foreach (var statement in statements)
                {
                    var from = statement.Act is { } act ? act.End : Math.Max(0, statement.CueAt);
                    var (sources, via) = FootnoteSources(paragraph, sentence, from, clause.Count);
                    Emit(sources, statement, paragraph, sentence, via);
                }

                var (speakers, speakerVia) = FootnoteSources(paragraph, sentence, 0, clause.Count);
                if (speakerVia == Via.Footnote)
                {
                    Speak(speakers, paragraph, sentence, speakerVia);
                }
            }

            sentenceStatements.Add(statements);
            previousTargets = targets;
            // The topic carries on to the next sentence only ("The court could set ..." after "the Code of Administrative
            // Offences"): a sentence further on that names no act speaks of something else.
            topic = targets;
            if (sentence.ClosesStatement)
            {
                topic = [];
            }
        }
    }

    /// <summary>The stakeholders the names resolve to, each once, in order (a sentence names one or a few: a list, not a set).</summary>
    private List<StakeholderEntity> Resolved(IReadOnlyList<string> names)
    {
        var resolved = new List<StakeholderEntity>(names.Count);
        foreach (var name in names)
        {
            if (_stakeholders.Resolve(name) is { } stakeholder && !resolved.Contains(stakeholder))
            {
                resolved.Add(stakeholder);
            }
        }

        return resolved;
    }

    private List<Target> Targets(string text, int recommendation)
    {
        var named = _rules.Laws.Recognize(text);
        _garbage.AfterStage(text.Length);
        var lowercase = _rules.LowercaseActs.Recognize(text);
        if (lowercase.Count > 0 && named.Count > 0)
        {
            lowercase = lowercase.Where(l => !OverlapsAny(named, l)).ToList();
        }
        var articles = _rules.Articles.Recognize(text);
        _garbage.AfterStage(text.Length);
        var treaties = _rules.Treaties.Recognize(text);
        var mentions = new List<Mention>(named.Count + lowercase.Count + articles.Count + treaties.Count);
        mentions.AddRange(named);
        mentions.AddRange(lowercase);
        mentions.AddRange(articles);
        mentions.AddRange(treaties);
        if (recommendation >= 0)
        {
            foreach (var proposed in _rules.Proposed.Recognize(text, recommendation).Where(m => m.Offset > recommendation))
            {
                // "adopt a new law on public assembly": the proposal, not an act in force named "law on public assembly".
                var overlapping = mentions.Where(o => o.Kind == MentionKind.Law && o.Offset < proposed.End && proposed.Offset < o.End).ToList();
                // "adopt a gender identity law allowing ...": the act a recommendation asks to adopt, not a lower-case act in force.
                if (overlapping.All(o => o.Name.StartsWith("law ", StringComparison.Ordinal) || (o.Head != "Bill" && !o.Draft && lowercase.Contains(o))))
                {
                    mentions.RemoveAll(overlapping.Contains);
                    mentions.Add(proposed);
                }
            }
        }

        _garbage.AfterStage(text.Length);
        // Sized once for the sentence's mentions: a long sentence does not grow them by doubling (garbage of megabytes).
        var targets = new List<Target>(mentions.Count);
        if (mentions.Count == 0 && _laws.Abbreviations.Count == 0)
        {
            return targets;
        }

        var notAdopted = RelationCues.NotAdoptedAt(text);
        var lawsInSentence = new List<(Mention Mention, LawEntity Law)>(mentions.Count);
        if (mentions.Count > 1)
        {
            mentions = [.. mentions.OrderBy(m => m.Offset).ThenBy(m => m.Kind)];
        }

        // Looked up by binary search and by end, not by a scan of every mention for every article: a sentence of many
        // acts and articles stays linear. The same mentions are found as by the scans.
        var lawMentions = new List<Mention>(mentions.Count);
        var treatyOffsets = new List<int>();
        foreach (var mention in mentions)
        {
            if (mention.Kind is MentionKind.Law or MentionKind.LawReference)
            {
                lawMentions.Add(mention);
            }
            else if (mention.Kind == MentionKind.Treaty)
            {
                treatyOffsets.Add(mention.Offset);
            }
        }

        treatyOffsets.Sort();
        var lastLawByEnd = new Dictionary<int, int>(lawMentions.Count);
        var lawsInForce = new List<int>(lawMentions.Count);

        var resolved = 0;
        foreach (var mention in mentions)
        {
            if (++resolved % 4096 == 0)
            {
                // Resolving hundreds of thousands of mentions is a stage of its own.
                _garbage.AfterStage(text.Length);
            }

            switch (mention.Kind)
            {
                case MentionKind.Law or MentionKind.LawReference:
                    var lackedBefore = RelationCues.LackedBefore(text, mention.Offset);
                    var lacked = lackedBefore && mention.Kind == MentionKind.Law && !mention.Proposed && mention.Name.Length > 0 && char.IsLower(mention.Name[0]);
                    // "the country lacked a law on access to public information": the act a later recommendation proposes.
                    var law = _laws.Resolve(lacked ? mention with { Proposed = true } : mention);
                    if (law is null)
                    {
                        break;
                    }

                    lastLawByEnd[mention.End] = lawsInSentence.Count;
                    if (!law.Proposed)
                    {
                        lawsInForce.Add(lawsInSentence.Count);
                    }

                    lawsInSentence.Add((mention, law));
                    var notInForce = mention.NotInForce || FirstAtOrAfter(notAdopted, mention.End) is { } n && n - mention.End < 40 || lackedBefore;
                    var provisions = EndsInProvisionsOf(text, mention.Offset);
                    if (provisions && !QualifiedAfter().IsMatch(text, mention.End) && _paragraphArticles.Where(a => a.LawId == law.Id).DistinctBy(a => a.Id).ToList() is [var earlier])
                    {
                        // "Article 10 of the Foreigners Act allowed ... JS2 recommended repealing the provisions of the Foreigners Act": article 10.
                        targets.Add(new Target(earlier.Id, NodeKind.Article, mention.Offset, mention.End) { LawId = law.Id });
                        break;
                    }

                    targets.Add(new Target(law.Id, NodeKind.Law, mention.Offset, mention.End)
                    {
                        Proposed = law.Proposed, NotInForce = notInForce, Draft = law.Draft || mention.Draft, Tentative = law.Tentative,
                        Provisions = provisions,
                    });
                    break;
                case MentionKind.Treaty:
                    if (_treaties.Resolve(mention) is { } treatyId)
                    {
                        targets.Add(new Target(treatyId, NodeKind.Treaty, mention.Offset, mention.End));
                    }

                    break;
                case MentionKind.Article:
                    if (mention.LawOffset is { } at && FirstAtOrAfter(treatyOffsets, at - 12) is { } treaty && treaty <= at + 12)
                    {
                        break;
                    }

                    var articleLaw = LawOfArticle(text, mention, lawMentions, lawsInSentence, lastLawByEnd, lawsInForce);
                    if (articleLaw is null)
                    {
                        break;
                    }

                    var article = Article(articleLaw, mention.Number!);
                    targets.Add(new Target(article.Id, NodeKind.Article, mention.Offset, mention.End) { LawId = articleLaw.Id, Provisions = EndsInProvisionsOf(text, mention.Offset) });
                    break;
                case MentionKind.ArticleReference when _lastArticle is { } recent
                    && (mention.Text.EndsWith("rticle", StringComparison.Ordinal) || _paragraphArticles.Contains(recent)):
                    // "this section", "this provision": only an article the paragraph named.
                    targets.Add(new Target(recent.Id, NodeKind.Article, mention.Offset, mention.End) { LawId = recent.LawId });
                    break;
            }
        }

        foreach (var (abbreviation, law) in _laws.Abbreviations)
        {
            // "the POMA was used to ...": an act named by the abbreviation the document defined for it.
            for (var at = text.IndexOf(abbreviation, StringComparison.Ordinal); at >= 0; at = text.IndexOf(abbreviation, at + 1, StringComparison.Ordinal))
            {
                var end = at + abbreviation.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (whole && text[Math.Max(0, at - 1)] != '(' && !CourtsAfter().IsMatch(text, end) && !targets.Any(t => t.Offset <= at && at < t.End))
                {
                    _laws.Touch(law);
                    targets.Add(new Target(law.Id, NodeKind.Law, at, end));
                }
            }
        }

        return targets;
    }

    /// <param name="article">The article mention.</param>
    /// <param name="lawMentions">The sentence's law mentions, by offset.</param>
    /// <param name="lawsInSentence">The laws resolved so far in the sentence, in order.</param>
    /// <param name="lastLawByEnd">For each end offset, the last of <paramref name="lawsInSentence"/> that ends there.</param>
    /// <param name="lawsInForce">The indexes in <paramref name="lawsInSentence"/> of the laws not proposed.</param>
    private LawEntity? LawOfArticle(
        string text, Mention article, List<Mention> lawMentions, List<(Mention Mention, LawEntity Law)> lawsInSentence, Dictionary<int, int> lastLawByEnd, List<int> lawsInForce)
    {
        if (article.LawOffset is { } after)
        {
            // The first law mention (by offset) from 5 before to 12 after the article's "of".
            var first = FirstIndexAtOrAfter(lawMentions, after - 5);
            if (first < lawMentions.Count && lawMentions[first].Offset <= after + 12)
            {
                return _laws.Resolve(lawMentions[first]);
            }

            if (AbbreviatedLawAt(text, after) is { } abbreviated)
            {
                // "article 299 of the TPC": the abbreviation the document defined for an act.
                return abbreviated;
            }
        }

        if (article.LawEnd is { } before)
        {
            // The last law of the sentence that ends within one character of where the article's law should.
            var adjacent = -1;
            for (var end = before - 1; end <= before + 1; end++)
            {
                adjacent = lastLawByEnd.TryGetValue(end, out var index) ? Math.Max(adjacent, index) : adjacent;
            }

            if (adjacent >= 0)
            {
                return lawsInSentence[adjacent].Law;
            }
        }

        for (var i = lawsInForce.Count - 1; i >= 0; i--)
        {
            // The last law in force that ends before the article.
            if (lawsInSentence[lawsInForce[i]].Mention.End <= article.Offset)
            {
                return lawsInSentence[lawsInForce[i]].Law;
            }
        }

        if (LastAbbreviatedLawBefore(text, article.Offset) is { } named)
        {
            // "the blasphemy provisions of the PPC, in particular section 295-C": the act named before by its abbreviation.
            return named;
        }

        if (_lawOfArticleNumber.TryGetValue(article.Number!, out var lawId))
        {
            return _laws.ById(lawId);
        }

        return null;
    }

    /// <summary>The act whose defined abbreviation stands last, as a whole word, before <paramref name="offset"/>; null when none.</summary>
    private LawEntity? LastAbbreviatedLawBefore(string text, int offset)
    {
        (int At, LawEntity? Law) last = (-1, null);
        foreach (var (abbreviation, law) in _laws.Abbreviations)
        {
            var at = offset <= 0 ? -1 : text.LastIndexOf(abbreviation, offset - 1, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + abbreviation.Length;
                if (end <= offset && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    break;
                }

                at = at == 0 ? -1 : text.LastIndexOf(abbreviation, at - 1, StringComparison.Ordinal);
            }

            if (at > last.At)
            {
                last = (at, law);
            }
        }

        return last.Law;
    }

    /// <summary>The act whose defined abbreviation stands as a whole word at <paramref name="at"/>, if any.</summary>
    private LawEntity? AbbreviatedLawAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/'))
        {
            end++;
        }

        if (end == at || _laws.Abbreviations.Count == 0)
        {
            return null;
        }

        var word = text[at..end];
        if (!_laws.Abbreviations.TryGetValue(word, out var law))
        {
            return null;
        }

        _laws.Touch(law);
        return law;
    }

    /// <summary>The first value of an ascending list that is at least <paramref name="at"/>, if any.</summary>
    private static int? FirstAtOrAfter(List<int> ascending, int at)
    {
        int low = 0, high = ascending.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle] < at ? (middle + 1, high) : (low, middle);
        }

        return low < ascending.Count ? ascending[low] : null;
    }

    /// <summary>The index of the first mention (of a list by offset) whose offset is at least <paramref name="at"/>; the count if none.</summary>
    private static int FirstIndexAtOrAfter(List<Mention> byOffset, int at)
    {
        int low = 0, high = byOffset.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = byOffset[middle].Offset < at ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private ArticleEntity Article(LawEntity law, string number)
    {
        var id = DocumentIds.Article(law.Id, number);
        if (!_articles.TryGetValue(id, out var article))
        {
            article = new ArticleEntity(id, law.Id, number);
            _articles[id] = article;
        }

        _lawOfArticleNumber[number] = law.Id;
        _lastArticle = article;
        _paragraphArticles.Add(article);
        return article;
    }

    /// <summary>The statement "X made similar observations" refers to: the sentences since the footnote mark before the last one.</summary>
    private IEnumerable<Statement> ReferredStatement(Paragraph paragraph, int upTo, ParagraphStatements statements)
    {
        // The footnote marks (as the positions of their sentences) of the first upTo sentences: a prefix of the paragraph's.
        IndexFootnotes(paragraph);
        var marks = _markSentences;
        var count = FirstIndexAbove(marks, upTo - 1);
        if (count == 0)
        {
            return statements.Of(0, upTo);
        }

        var last = marks[count - 1];
        var first = count >= 2 ? (marks[count - 2] == last ? last : marks[count - 2] + 1) : 0;
        return statements.Of(first, last - first + 1);
    }

    /// <summary>
    /// The paragraph's footnotes indexed once, so that each sentence finds the footnote that closes it (the first in it or
    /// after it) and the marks before it without a scan of the paragraph: linear in a paragraph of many sentences.
    /// </summary>
    private void IndexFootnotes(Paragraph paragraph)
    {
        if (!ReferenceEquals(_footnotesOf, paragraph))
        {
            var sentences = paragraph.Sentences;
            _firstFootnoteFrom = new int?[sentences.Count + 1];
            for (var i = sentences.Count - 1; i >= 0; i--)
            {
                _firstFootnoteFrom[i] = sentences[i].Footnotes.Count > 0 ? sentences[i].Footnotes[0] : _firstFootnoteFrom[i + 1];
            }

            _markSentences = sentences.SelectMany(s => s.Footnotes.Select(_ => s.Index - 1)).ToList();
            _footnotesOf = paragraph;
        }
    }

    /// <summary>The first footnote of the paragraph's sentences from position <paramref name="skip"/> on (0-based), if any.</summary>
    private int? FirstFootnoteFrom(Paragraph paragraph, int skip)
    {
        IndexFootnotes(paragraph);
        return _firstFootnoteFrom[Math.Clamp(skip, 0, paragraph.Sentences.Count)];
    }

    /// <summary>The index of the first value of an ascending list above <paramref name="value"/>; the count if none.</summary>
    private static int FirstIndexAbove(List<int> ascending, int value)
    {
        int low = 0, high = ascending.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle] <= value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The sources of the footnote that closes the sentence's part from <paramref name="from"/> on (else the next sentences' first).</summary>
    private (IReadOnlyList<StakeholderEntity> Sources, string Via) FootnoteSources(Paragraph paragraph, Sentence sentence, int from, int? count)
    {
        if (!_options.AttributeFromFootnotes || _document.Notes is null)
        {
            return ([], Via.Unattributed);
        }

        var closing = sentence.FootnoteAfter(from);
        if (closing < 0)
        {
            closing = FirstFootnoteFrom(paragraph, sentence.Index) ?? -1;
        }

        if (closing < 0)
        {
            return ([], Via.Unattributed);
        }

        var sources = Resolution.FootnoteSources.Of(closing, _document.Notes.Footnotes, _stakeholders, count);
        return (sources, sources.Count > 0 ? Via.Footnote : Via.Unattributed);
    }

    private void Emit(IReadOnlyList<StakeholderEntity> sources, Statement statement, Paragraph paragraph, Sentence sentence, string via)
    {
        var footnotes = sentence.Footnotes.Count > 0 ? sentence.Footnotes
            : FirstFootnoteFrom(paragraph, sentence.Index) is { } next ? [next] : (IReadOnlyList<int>)[];
        var act = statement.Act is { } target ? (target.Offset, target.End - target.Offset) : ((int, int)?)null;
        if (sources.Count == 0)
        {
            if (_related.Add((statement.Type, _documentId, statement.TargetId, paragraph.Number)))
            {
                _relations.Add(new ExtractedRelation(statement.Type, _documentId, statement.TargetId, paragraph, sentence, statement.Cue)
                {
                    Unattributed = true, Via = Via.Unattributed, Footnotes = footnotes, CueAt = statement.CueAt, ActAt = act,
                });
            }

            return;
        }

        foreach (var source in sources)
        {
            _speakers.Add(source.Id);
            if (_related.Add((statement.Type, source.Id, statement.TargetId, paragraph.Number)))
            {
                _relations.Add(new ExtractedRelation(statement.Type, source.Id, statement.TargetId, paragraph, sentence, statement.Cue)
                {
                    Via = via, Footnotes = footnotes, CueAt = statement.CueAt, ActAt = act,
                });
            }
        }
    }

    private string IssueId(string heading)
    {
        if (!_issueIds.TryGetValue(heading, out var id))
        {
            _issueIds[heading] = id = DocumentIds.Issue(Slug.Of(heading));
        }

        return id;
    }

    private void Speak(IReadOnlyList<StakeholderEntity> sources, Paragraph paragraph, Sentence sentence, string via)
    {
        if (!_options.EmitRaises || paragraph.Issue is not { } issue)
        {
            foreach (var source in sources)
            {
                _speakers.Add(source.Id);
            }

            return;
        }

        foreach (var source in sources)
        {
            _speakers.Add(source.Id);
            var issueId = IssueId(issue.Text);
            if (_related.Add((RelationTypes.Raises, source.Id, issueId, paragraph.Number)))
            {
                _relations.Add(new ExtractedRelation(RelationTypes.Raises, source.Id, issueId, paragraph, sentence, "")
                {
                    Via = via, Footnotes = sentence.Footnotes,
                });
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="mention"/> overlaps one of the named acts, which come by offset, none overlapping another but
    /// for the same span (so their ends come in order too): found by binary search, not by a scan of every named act for
    /// every lower-case one (quadratic in a long sentence of both).
    /// </summary>
    private static bool OverlapsAny(IReadOnlyList<Mention> named, Mention mention)
    {
        int low = 0, high = named.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = named[middle].End <= mention.Offset ? (middle + 1, high) : (low, middle);
        }

        return low < named.Count && named[low].Offset < mention.End;
    }

    /// <summary>
    /// Whether the text before <paramref name="offset"/> ends in <see cref="ProvisionsOf"/>, matched on its last few hundred
    /// characters (back to a space) rather than on a copy of all of it for every act of the sentence. The phrase is a few
    /// words, so only a phrase with words of hundreds of letters would be missed.
    /// </summary>
    private static bool EndsInProvisionsOf(string text, int offset)
    {
        var start = Math.Max(0, offset - 160);
        for (var back = 0; start > 0 && text[start - 1] != ' ' && back < 300; back++)
        {
            start--;
        }

        var before = text.AsSpan(start, offset - start);
        return EndsInLink(before) && before.IndexOfAny(s_provisionWords) >= 0 && ProvisionsOf().IsMatch(before);
    }

    /// <summary>Whether a text ends as <see cref="ProvisionsOf"/> must: "of", "in", "under", "from" or "to", and "the" after it.</summary>
    private static bool EndsInLink(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        if (text.EndsWith(" the", StringComparison.Ordinal))
        {
            text = text[..^4].TrimEnd();
        }

        var space = text.LastIndexOf(' ');
        return text[(space + 1)..] is "of" or "in" or "under" or "from" or "to";
    }

    /// <summary>The nouns of <see cref="ProvisionsOf"/>: it cannot match a text without one of them.</summary>
    private static readonly System.Buffers.SearchValues<string> s_provisionWords =
        System.Buffers.SearchValues.Create(["provision", "measures", "clause", "norms", "amendment", "reference", "requirement", "restriction", "penalt"], StringComparison.Ordinal);

    /// <summary>
    /// "repealing the (discriminatory) provisions of the", "the restrictive measures under the", "the reference to the
    /// authority to discipline in", "the requirement of compulsory state registration in the": part of the act named next.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:the|its|all|any)\s+(?:\w+\s+){0,2}(?:provisions?|measures|clauses?|norms|references?|requirements?|restrictions|penalty|penalties)(?:\s+(?:to|on|of|for)(?:\s+[\w’'-]+){1,6}?)?\s+(?:of|in|under|contained in|from)|amendments?\s+(?:to|of))\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProvisionsOf();

    /// <summary>"ATA courts": an act's abbreviation naming the courts or bodies it set up, not the act.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+(?:courts?|tribunals?|judges?|commissions?|officers?)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CourtsAfter();

    /// <summary>"the provisions of the Media Law that permitted ...": provisions picked out by what follows, not an article named before.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G,?\s+(?:that|which|on|relating to|allowing|permitting|restricting|criminali[sz]ing)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QualifiedAfter();
}
