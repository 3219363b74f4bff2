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
    private readonly SourceParser _sources;
    private readonly string _documentId;
    private readonly Dictionary<string, string> _issueIds = new(StringComparer.Ordinal);
    private ArticleEntity? _lastArticle;
    private readonly List<ArticleEntity> _paragraphArticles = [];

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
        _laws = new LawRegistry(document.Info.CountryCode, rules.CountryWords(document.Info.CountryCode, document.Info.CountryName));
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
        var sentenceStatements = new List<List<Statement>>();
        var sentenceTargets = new List<List<Target>>();
        List<Target> topic = [];
        foreach (var sentence in paragraph.Sentences)
        {
            var clause = _sources.Parse(sentence.Text);
            foreach (var (abbreviation, name) in clause.Definitions)
            {
                _stakeholders.Define(name, abbreviation);
            }

            List<StakeholderEntity> named = clause.Kind is SourceKind.Named or SourceKind.According or SourceKind.SimilarObservations
                ? clause.Names.Select(_stakeholders.Resolve).OfType<StakeholderEntity>().Distinct().ToList()
                : [];
            if (named.Count > 0)
            {
                latest = named;
            }

            var recommendation = _rules.Cues.RecommendationStart(sentence.Text);
            var targets = Targets(sentence.Text, recommendation);
            var statements = _rules.Statements.Classify(sentence.Text, targets, recommendation, clause.SubjectEnd);
            var problem = statements.Count == 0 && targets.Count == 0 ? _rules.Cues.Negative(sentence.Text[Math.Min(clause.SubjectEnd, sentence.Text.Length)..]) : null;
            if (problem is not null && recommendation < 0 && !_rules.Cues.IsPrescriptive(sentence.Text))
            {
                var carried = _rules.Cues.HasAnaphora(sentence.Text) && sentenceTargets.Count > 0 ? sentenceTargets[^1] : topic;
                var lawsOfArticles = carried.Select(t => t.LawId).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var subjectEnd = Math.Min(clause.SubjectEnd, sentence.Text.Length);
                var problemAt = subjectEnd + _rules.Cues.NegativeAt(sentence.Text[subjectEnd..]).At;
                statements = carried.Where(t => t.Kind is NodeKind.Law or NodeKind.Article && !t.Proposed && !t.NotInForce && !t.Tentative && !lawsOfArticles.Contains(t.Id))
                    .Select(t => new Statement(RelationTypes.Criticizes, t.Id, problem) { CueAt = problemAt })
                    .DistinctBy(st => st.TargetId)
                    .ToList();
                targets = [.. carried];
            }

            if (statements.Count == 0 && recommendation >= 0 && targets.Count == 0 && sentenceTargets.Count > 0)
            {
                // "According to JS6, the Law on Assemblies ... . JS6 recommended that it be amended.": the act of the
                // sentence before.
                statements = _rules.Statements.OnPronounBefore(sentence.Text, recommendation, sentenceTargets[^1]);
            }

            if (clause.Kind == SourceKind.SimilarObservations && named.Count > 0)
            {
                var own = targets.Where(t => t.Kind is NodeKind.Law or NodeKind.Article && !t.Proposed && !t.NotInForce).ToList();
                foreach (var statement in ReferredStatement(paragraph, sentence.Index - 1, sentenceStatements))
                {
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
                    Emit(named, statement with { Act = null, CueAt = -1 }, paragraph, sentence, Via.SimilarObservations);
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
            sentenceTargets.Add(targets);
            // The topic carries on to the next sentence only ("The court could set ..." after "the Code of Administrative
            // Offences"): a sentence further on that names no act speaks of something else.
            topic = targets;
            if (sentence.ClosesStatement)
            {
                topic = [];
            }
        }
    }

    private List<Target> Targets(string text, int recommendation)
    {
        var named = _rules.Laws.Recognize(text);
        var lowercase = _rules.LowercaseActs.Recognize(text).Where(l => !named.Any(n => n.Offset < l.End && l.Offset < n.End));
        var mentions = named.Concat(lowercase).Concat(_rules.Articles.Recognize(text)).Concat(_rules.Treaties.Recognize(text)).ToList();
        if (recommendation >= 0)
        {
            foreach (var proposed in _rules.Proposed.Recognize(text).Where(m => m.Offset > recommendation))
            {
                // "adopt a new law on public assembly": the proposal, not an act in force named "law on public assembly".
                var overlapping = mentions.Where(o => o.Kind == MentionKind.Law && o.Offset < proposed.End && proposed.Offset < o.End).ToList();
                if (overlapping.All(o => o.Name.StartsWith("law ", StringComparison.Ordinal)))
                {
                    mentions.RemoveAll(overlapping.Contains);
                    mentions.Add(proposed);
                }
            }
        }

        var targets = new List<Target>();
        if (mentions.Count == 0 && _laws.Abbreviations.Count == 0)
        {
            return targets;
        }

        var notAdopted = RelationCues.NotAdoptedAt(text);
        var lawsInSentence = new List<(Mention Mention, LawEntity Law)>();
        if (mentions.Count > 1)
        {
            mentions = [.. mentions.OrderBy(m => m.Offset).ThenBy(m => m.Kind)];
        }

        foreach (var mention in mentions)
        {
            switch (mention.Kind)
            {
                case MentionKind.Law or MentionKind.LawReference:
                    var law = _laws.Resolve(mention);
                    if (law is null)
                    {
                        break;
                    }

                    lawsInSentence.Add((mention, law));
                    var notInForce = mention.NotInForce || notAdopted.Any(n => n >= mention.End && n - mention.End < 40);
                    var provisions = ProvisionsOf().IsMatch(text[..mention.Offset]);
                    if (provisions && _paragraphArticles.Where(a => a.LawId == law.Id).DistinctBy(a => a.Id).ToList() is [var earlier])
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
                    targets.Add(new Target(_treaties.Resolve(mention), NodeKind.Treaty, mention.Offset, mention.End));
                    break;
                case MentionKind.Article:
                    if (mention.LawOffset is { } at && mentions.Any(m => m.Kind == MentionKind.Treaty && Math.Abs(m.Offset - at) <= 12))
                    {
                        break;
                    }

                    var articleLaw = LawOfArticle(mention, mentions, lawsInSentence);
                    if (articleLaw is null)
                    {
                        break;
                    }

                    var article = Article(articleLaw, mention.Number!);
                    targets.Add(new Target(article.Id, NodeKind.Article, mention.Offset, mention.End) { LawId = articleLaw.Id });
                    break;
                case MentionKind.ArticleReference when _lastArticle is { } recent:
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
                if (whole && text[Math.Max(0, at - 1)] != '(' && !targets.Any(t => t.Offset <= at && at < t.End))
                {
                    _laws.Touch(law);
                    targets.Add(new Target(law.Id, NodeKind.Law, at, end));
                }
            }
        }

        return targets;
    }

    private LawEntity? LawOfArticle(Mention article, List<Mention> mentions, List<(Mention Mention, LawEntity Law)> lawsInSentence)
    {
        if (article.LawOffset is { } after)
        {
            var named = mentions.Where(m => m.Kind is MentionKind.Law or MentionKind.LawReference && m.Offset >= after - 5 && m.Offset <= after + 12)
                .OrderBy(m => m.Offset).FirstOrDefault();
            if (named is not null)
            {
                return _laws.Resolve(named);
            }
        }

        if (article.LawEnd is { } before && lawsInSentence.LastOrDefault(l => Math.Abs(l.Mention.End - before) <= 1) is { Law: { } adjacent })
        {
            return adjacent;
        }

        var earlier = lawsInSentence.LastOrDefault(l => l.Mention.End <= article.Offset && !l.Law.Proposed);
        if (earlier.Law is not null)
        {
            return earlier.Law;
        }

        if (_lawOfArticleNumber.TryGetValue(article.Number!, out var lawId))
        {
            return _laws.All.FirstOrDefault(l => l.Id == lawId);
        }

        return null;
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
    private static IEnumerable<Statement> ReferredStatement(Paragraph paragraph, int upTo, List<List<Statement>> statements)
    {
        var marks = paragraph.Sentences.Take(upTo).SelectMany(s => s.Footnotes.Select(_ => s.Index - 1)).ToList();
        if (marks.Count == 0)
        {
            return statements.Take(upTo).SelectMany(s => s);
        }

        var last = marks[^1];
        var first = marks.Count >= 2 ? (marks[^2] == last ? last : marks[^2] + 1) : 0;
        return statements.Skip(first).Take(last - first + 1).SelectMany(s => s);
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
            closing = paragraph.Sentences.Skip(sentence.Index).SelectMany(s => s.Footnotes).DefaultIfEmpty(-1).First();
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
            : paragraph.Sentences.Skip(sentence.Index).SelectMany(s => s.Footnotes).Take(1).ToList();
        var act = statement.Act is { } target ? (target.Offset, target.End - target.Offset) : ((int, int)?)null;
        if (sources.Count == 0)
        {
            _relations.Add(new ExtractedRelation(statement.Type, _documentId, statement.TargetId, paragraph, sentence, statement.Cue)
            {
                Unattributed = true, Via = Via.Unattributed, Footnotes = footnotes, CueAt = statement.CueAt, ActAt = act,
            });
            return;
        }

        foreach (var source in sources)
        {
            _speakers.Add(source.Id);
            _relations.Add(new ExtractedRelation(statement.Type, source.Id, statement.TargetId, paragraph, sentence, statement.Cue)
            {
                Via = via, Footnotes = footnotes, CueAt = statement.CueAt, ActAt = act,
            });
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
            _relations.Add(new ExtractedRelation(RelationTypes.Raises, source.Id, IssueId(issue.Text), paragraph, sentence, "")
            {
                Via = via, Footnotes = sentence.Footnotes,
            });
        }
    }

    /// <summary>"repealing the (discriminatory) provisions of the", "the restrictive measures under the": part of the act named next.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:the|its|all|any)\s+(?:\w+\s+){0,2}(?:provisions?|measures|clauses?|norms)\s+(?:of|in|under|contained in)|amendments?\s+(?:to|of))\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProvisionsOf();
}
