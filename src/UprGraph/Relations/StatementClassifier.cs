using UprGraph.Model;

namespace UprGraph.Relations;

/// <summary>
/// Decides what a sentence states about the acts and treaties it names. Before a recommendation cue ("recommended",
/// "urged", "should"), a named act or article is criticised when the sentence states a problem (a negative or restrictive
/// word, "Despite ...", "Although ..."). After the cue, the nearest action verb before the target gives the type: amend,
/// repeal, adopt (proposed acts, bills) or ratify (treaties only). A problem stated inside the recommendation
/// ("... violating the principle of equality") is criticism too. The most specific unit wins: an article's statement
/// does not also go to its law.
/// </summary>
public sealed partial class StatementClassifier(RelationCues cues)
{
    public RelationCues Cues { get; } = cues;

    public List<Statement> Classify(string sentence, IReadOnlyList<Target> targets) =>
        Classify(sentence, targets, Cues.RecommendationStart(sentence), 0);

    /// <summary>
    /// Classifies with the recommendation start already found (-1 when none); the words before
    /// <paramref name="subjectEnd"/> name the speaker ("Reporters Without Borders") and state no problem.
    /// </summary>
    public List<Statement> Classify(string sentence, IReadOnlyList<Target> targets, int recommendation, int subjectEnd)
    {
        var statements = new List<Statement>();
        if (targets.Count == 0)
        {
            return statements;
        }

        var from = Math.Clamp(subjectEnd, 0, recommendation < 0 ? sentence.Length : recommendation);
        var to = recommendation < 0 ? sentence.Length : recommendation;
        var descriptive = Descriptive(sentence, from, to, targets);
        if (Cues.ApprovalEnd(sentence, from, to) is var approved and > 0)
        {
            // "NCHR welcomed the 2021 amendment to article 242 bis, which had increased the penalties for FGM": approval
            // states no problem up to a contrast ("but", "however").
            descriptive = string.Concat(new string(' ', approved - from), descriptive.AsSpan(approved - from));
        }

        var clauses = new SentenceClauses(sentence, targets);
        foreach (var target in targets)
        {
            if (target.Kind is NodeKind.Law or NodeKind.Article && Cues.IsYardstick(sentence, target.Offset))
            {
                // "amend the NGO Law in line with article 75 of the Constitution": the measure, not the target.
                continue;
            }

            if (recommendation >= 0 && target.Offset > recommendation)
            {
                Recommend(sentence, recommendation, target, statements, targets);
            }
            else if (recommendation >= 0 && target.Kind is NodeKind.Law or NodeKind.Article
                     && ActionOfItsOwn(sentence, recommendation, target, targets) is ({ } type, { } word, var at)
                     && type is RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing)
            {
                // "the Mental Health Act needed to be aligned with the CRPD": a recommendation in all but the verb, and,
                // said with "need", a statement that the act falls short.
                statements.Add(new Statement(type, target.Id, word) { CueAt = at, Act = target });
                if (Cues.CoordinatedAfter(sentence, at + word.Length) is ({ } also, { } alsoWord, var alsoAt) && also != type && Fits(target, also))
                {
                    // "that the Act be repealed or amended"
                    statements.Add(new Statement(also, target.Id, alsoWord) { CueAt = alsoAt, Act = target });
                }

                if (RelationCues.IsNeed(sentence, recommendation) && !target.Proposed && !target.NotInForce && !target.Tentative)
                {
                    statements.Add(new Statement(RelationTypes.Criticizes, target.Id, sentence[recommendation..].Split(' ')[0]) { CueAt = recommendation, Act = target });
                }
            }
            else if (target.Kind is NodeKind.Law or NodeKind.Article && !target.Proposed && !target.NotInForce && !target.Tentative
                     && !Cues.RepealsSomething(sentence, target.End) && !Cues.RepealedBefore(sentence, target.Offset)
                     && Problem(descriptive, target, clauses.Of(target, from, descriptive.Length), clauses, target.Offset - from) is ({ } problem, var problemAt)
                     && !RelationCues.EnactedInAnotherClause(sentence, target, from + problemAt))
            {
                statements.Add(new Statement(RelationTypes.Criticizes, target.Id, problem) { CueAt = from + problemAt, Act = target });
            }
        }

        if (recommendation >= 0 && !statements.Any(s => s.Type != RelationTypes.Criticizes))
        {
            OnPronoun(sentence, recommendation, targets, statements);
        }

        if (statements.Count > 0 && targets.Count > 1)
        {
            Particularly(sentence, targets, statements);
        }

        return MostSpecific(statements, targets);
    }


    /// <summary>
    /// "the blasphemy provisions of the PPC, in particular section 295-C, ...", "repeal or amend the provisions of the
    /// Criminal Code relating to extremism, in particular article 244-1": what is said of the act is said of the articles
    /// the sentence singles out in it, the most specific units.
    /// </summary>
    private static void Particularly(string sentence, IReadOnlyList<Target> targets, List<Statement> statements)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.Act is not { Kind: NodeKind.Law } law || statement.Type == RelationTypes.RecommendsAdopting)
            {
                continue;
            }

            var singled = targets.Where(t => t.Kind == NodeKind.Article && t.LawId == law.Id && SinglesOut(sentence, t.Offset)).DistinctBy(t => t.Id).ToList();
            if (singled.Count == 0)
            {
                continue;
            }

            statements.RemoveAt(i);
            statements.InsertRange(i, singled.Select(a => statement with { TargetId = a.Id, Act = a }));
            i += singled.Count - 1;
        }
    }

    /// <summary>Whether "in particular", "notably" or "especially" stands right before <paramref name="offset"/>.</summary>
    private static bool SinglesOut(string sentence, int offset)
    {
        var from = Math.Max(0, offset - 20);
        return ParticularlyBefore().IsMatch(sentence.AsSpan(from, offset - from));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in\s+particular|notably|especially|particularly)\s*,?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ParticularlyBefore();

    /// <summary>The sentence's descriptive part, not-adopted phrases and the acts' own names blanked ("Law on the Prevention of ..." states no problem).</summary>
    private static string Descriptive(string sentence, int from, int to, IReadOnlyList<Target> targets)
    {
        // Written once at its size: no copies of the sentence before it (a sentence of megabytes made three).
        var text = sentence.AsSpan(0, to).Contains(" not ", StringComparison.Ordinal) ? RelationCues.WithoutNotAdopted(sentence[..to]) : sentence;
        var length = Math.Max(0, to - from);
        return string.Create(length, (Text: text, From: from, Targets: targets), static (chars, state) =>
        {
            state.Text.AsSpan(state.From, chars.Length).CopyTo(chars);
            foreach (var target in state.Targets)
            {
                var start = Math.Max(target.Offset, state.From) - state.From;
                var end = Math.Min(target.End, state.From + chars.Length) - state.From;
                if (start < end)
                {
                    chars[start..end].Fill(' ');
                }
            }
        });
    }

    /// <summary>
    /// The word that states a problem with the target: the first problem word; for a bill, the first that is about its
    /// content, not its progress ("still pending") and not what it would remedy ("eliminate the mandatory ...").
    /// </summary>
    private (string? Word, int At) Problem(string descriptive, Target target, (int Start, int End) clause, SentenceClauses clauses, int targetAt)
    {
        // Only the target's own clause speaks of it: "the Bail Act allowed detention ... and that the Jury Act was under review".
        var start = Math.Clamp(clause.Start, 0, descriptive.Length);
        var end = Math.Clamp(clause.End, start, descriptive.Length);
        var problems = clauses.ProblemsUpTo(end, () => Cues.Problems.FindAll(descriptive[..end]));
        for (var i = problems.FirstAtOrAfter(start); problems.TryGet(i, out var problem); i++)
        {
            var (at, word) = problem;
            if (problems.TryGet(i + 1, out var next) && Cues.Protects(descriptive, at, word, next))
            {
                // "the Law prohibited discrimination on the grounds of sex": a protection, not a problem.
                i++;
                continue;
            }

            if (Cues.Growth.Find(word).Word == word && !Cues.GrowsAProblem(descriptive, at, word))
            {
                // "amended to increase the minimum wage"
                continue;
            }

            if (!target.Draft || (Cues.DraftProgress.Find(descriptive, at).Index != at && !Cues.Remedied(descriptive, at, word)))
            {
                return (word, at);
            }

            if (targetAt > at + word.Length && targetAt - (at + word.Length) <= 16 && ConcernAbout().IsMatch(descriptive.AsSpan(at + word.Length, targetAt - at - word.Length)))
            {
                // "expressed concern about the Security Laws Bill": the concern is with the bill itself, not with its progress.
                return (word, at);
            }
        }

        return (null, -1);
    }

    /// <summary>"ICAN recommended signing and ratifying it", "recommended that it be adopted": the act or treaty named before the recommendation.</summary>
    private void OnPronoun(string sentence, int recommendation, IReadOnlyList<Target> targets, List<Statement> statements)
    {
        var (type, word, at) = Cues.ActionOnPronoun(sentence, recommendation);
        var provisions = false;
        if (type is null)
        {
            (type, word, at) = Cues.ActionOnProvisions(sentence, recommendation);
            provisions = type is not null;
        }

        if (type is null || word is null)
        {
            return;
        }

        var target = targets.LastOrDefault(t => t.End <= recommendation && Fits(t, type) && (!provisions || t.Kind == NodeKind.Law));
        if (target is { Kind: NodeKind.Law } && !provisions
            && targets.LastOrDefault(t => t.Kind == NodeKind.Article && t.LawId == target.Id && t.End <= target.Offset && target.Offset - t.End <= 12) is { } article)
        {
            // "section 23(3) of the Constitution exempted ..., and recommended its repeal": the article, the most specific unit.
            target = article;
        }

        if ((target is { Provisions: true } || provisions) && type == RelationTypes.RecommendsRepealing)
        {
            // "... adopted as amendments to the Law on X, and recommended its repeal": repealing part of the Law amends it.
            type = RelationTypes.RecommendsAmending;
        }

        if (target is not null)
        {
            statements.Add(new Statement(type, target.Id, word) { CueAt = at, Act = target });
        }
    }

    /// <summary>
    /// "JS6 recommended that it be amended", "It recommended that the provision be repealed" in a sentence that names no
    /// act: the action on the last act (or article) of the sentence
    /// before (<paramref name="earlier"/>) that it fits; the act stands in that sentence, so the statement has none.
    /// </summary>
    public List<Statement> OnPronounBefore(string sentence, int recommendation, IReadOnlyList<Target> earlier)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(earlier);
        if (Cues.ActionOnPlural(sentence, recommendation) is ({ } pluralType, { } pluralWord, var pluralAt))
        {
            // "It recommended that Congress proceed with the enactment of these bills": each act named before that it fits.
            return [.. earlier.Where(t => t.Kind == NodeKind.Law && Fits(t, pluralType)).DistinctBy(t => t.Id)
                .Select(t => new Statement(pluralType, t.Id, pluralWord) { CueAt = pluralAt })];
        }

        var (type, word, at) = Cues.ActionOnPronoun(sentence, recommendation);
        var provisions = false;
        if (type is null)
        {
            // "It recommended that the provision be repealed": the article named before, or part of the act named before.
            (type, word, at) = Cues.ActionOnProvisions(sentence, recommendation);
            provisions = type is not null;
        }

        var fitting = earlier.Where(t => Fits(t, type ?? "") && (!provisions || t.Kind is NodeKind.Law or NodeKind.Article)).ToList();
        // "section 233 of the Communications and Multimedia Act ... the provision": the article rather than its act.
        var target = provisions ? fitting.LastOrDefault(t => t.Kind == NodeKind.Article) ?? fitting.LastOrDefault() : fitting.LastOrDefault();
        if (type is null || word is null || target is null)
        {
            return [];
        }

        if (provisions && target.Kind == NodeKind.Law && type == RelationTypes.RecommendsRepealing)
        {
            type = RelationTypes.RecommendsAmending;
        }

        return [new Statement(type, target.Id, word) { CueAt = at }];
    }

    private static bool Fits(Target target, string type) => target.Kind switch
    {
        NodeKind.Treaty => type == RelationTypes.RecommendsRatifying,
        _ when target.Proposed || target.NotInForce => type == RelationTypes.RecommendsAdopting,
        _ when target.Draft => type is RelationTypes.RecommendsAdopting or RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing,
        _ => type is RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing,
    };

    private void Recommend(string sentence, int start, Target target, List<Statement> statements, IReadOnlyList<Target> targets)
    {
        if (target.Kind == NodeKind.Treaty && target.Offset > 0 && ArticlesOfBefore().IsMatch(sentence.AsSpan(Math.Max(0, target.Offset - 80), Math.Min(80, target.Offset))))
        {
            // "make the declarations provided for in articles 21 and 22 of the Convention against Torture": a treaty's
            // articles are not a treaty to ratify.
            return;
        }

        var (type, word, at) = Cues.ActionBefore(sentence, start, target.Offset);
        if (type is null)
        {
            (type, word, at) = Cues.ActionAfter(sentence, target.End);
        }

        if (type is null && target.Kind == NodeKind.Article
            && targets.FirstOrDefault(t => t.Id == target.LawId && t.Offset >= target.End && t.Offset - target.End <= 12) is { } law)
        {
            // "that article 41 of the Constitution be amended": the article's law named, then the verb.
            (type, word, at) = Cues.ActionAfter(sentence, law.End);
        }

        if (type is null || word is null || RelationCues.DelegatedBefore(sentence, at) || Cues.Refrained(sentence, at)
            || (at >= 0 && at < target.Offset && Cues.RefrainsBetween(sentence, at, target.Offset)))
        {
            // "repeal section 145 and refrain from reintroducing the Anti-Homosexuality Act": not the act to repeal.
            return;
        }

        if (type == RelationTypes.RecommendsRepealing && target.Provisions)
        {
            // "repeal the restrictive provisions of the Act": part of the act removed is an amendment of it.
            type = RelationTypes.RecommendsAmending;
        }

        if (Fits(target, type))
        {
            statements.Add(new Statement(type, target.Id, word) { CueAt = at, Act = target });
        }

        // "repealing or amending Law No. 1.066", "that the Act be repealed or amended": each verb of the pair.
        var pair = at >= 0 && at < target.Offset ? Cues.CoordinatedBefore(sentence, at) : Cues.CoordinatedAfter(sentence, at + word.Length);
        if (pair.Type is null && at >= 0 && at < target.Offset)
        {
            // "repeal the Prevention of Terrorism Law or bring it into conformity with ...".
            pair = Cues.CoordinatedOnPronounAfter(sentence, target.End);
        }

        if (at >= 0 && pair is ({ } other, { } otherWord, var otherAt) && other != type && Fits(target, other))
        {
            statements.Add(new Statement(other, target.Id, otherWord) { CueAt = otherAt, Act = target });
        }

        if (target.Kind is NodeKind.Law or NodeKind.Article && !target.Proposed && !target.NotInForce && !target.Tentative
            && !PurposeAfter().IsMatch(sentence, target.End) && !(at > target.End && PurposeAfter().IsMatch(sentence, at + word.Length)))
        {
            // Not "amend the Citizenship Act to remove all provisions that discriminated against women": what the change
            // is for, said of the provisions to change, is the recommendation's, not a criticism of its own.
            var clauseEnd = ClauseEndAfter(sentence, target.End);
            if (clauseEnd >= 0 && RelativeAfter().IsMatch(sentence, clauseEnd))
            {
                // "amending article 330 of the Criminal Code, which had been used to prosecute bloggers"
                clauseEnd = ClauseEndAfter(sentence, clauseEnd + 1);
            }

            var after = sentence[target.End..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
            var (strong, strongAt) = Cues.StrongProblemAt(after);
            if (strong is not null)
            {
                statements.Add(new Statement(RelationTypes.Criticizes, target.Id, strong) { CueAt = target.End + strongAt, Act = target });
            }
        }
    }

    /// <summary>
    /// The action a recommendation cue right after the act asks of it ("the Mental Health Act needed to be aligned"), or
    /// that a need further on asks of the act that is its subject (<see cref="NeedsOfItsOwn"/>); none otherwise.
    /// </summary>
    private (string? Type, string? Word, int At) ActionOfItsOwn(string sentence, int recommendation, Target target, IReadOnlyList<Target> targets)
    {
        if (recommendation - target.End < 16 && Cues.ActionAfter(sentence, target.End) is ({ } type, { } word, var at))
        {
            return (type, word, at);
        }

        return NeedsOfItsOwn(sentence, recommendation, target, targets) ? Cues.ActionAfter(sentence, recommendation) : (null, null, -1);
    }

    /// <summary>
    /// "the Protection of the Rights of Persons with Disabilities Act reflected a medical model of disability and needed to be
    /// brought into line with the Convention": a need whose subject is the last act named before it in the clause.
    /// </summary>
    private static bool NeedsOfItsOwn(string sentence, int recommendation, Target target, IReadOnlyList<Target> targets) =>
        RelationCues.IsNeed(sentence, recommendation) && target.End <= recommendation && recommendation - target.End < 200
        && !targets.Any(t => t != target && t.Id != target.LawId && t.Offset >= target.End && t.Offset < recommendation && t.Kind is NodeKind.Law or NodeKind.Article)
        && sentence.AsSpan(target.End, recommendation - target.End).IndexOfAny(';', ':') < 0;

    /// <summary>The first comma or semicolon from <paramref name="from"/> on, or -1.</summary>
    private static int ClauseEndAfter(string sentence, int from)
    {
        var found = from >= sentence.Length ? -1 : sentence.AsSpan(from).IndexOfAny(';', ',');
        return found < 0 ? -1 : from + found;
    }

    private static List<Statement> MostSpecific(List<Statement> statements, IReadOnlyList<Target> targets)
    {
        if (statements.Count <= 1)
        {
            // One statement is the most specific there is (its act is no law of an article it speaks of).
            return statements;
        }

        if (statements.Count <= 8 && targets.Count <= 8)
        {
            return MostSpecificOfFew(statements, targets);
        }

        // Each target's law looked up, not found by a scan of the sentence's targets per statement (quadratic in a long one).
        var lawOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            lawOf.TryAdd(target.Id, target.LawId);
        }

        var lawsOfArticles = statements
            .Select(s => (s.Type, Law: lawOf.GetValueOrDefault(s.TargetId)))
            .Where(x => x.Law is not null)
            .ToHashSet();
        // "repeal the reference to ... in article 232 of the Penal Code": the verb that amends the article does not also
        // repeal its law, whatever type the law alone would have had.
        var cuesOfArticles = statements
            .Select(s => (s.CueAt, Law: lawOf.GetValueOrDefault(s.TargetId)))
            .Where(x => x.Law is not null)
            .ToHashSet();
        return statements
            .Where(s => !lawsOfArticles.Contains((s.Type, s.TargetId)) && !cuesOfArticles.Contains((s.CueAt, s.TargetId)))
            .DistinctBy(s => (s.Type, s.TargetId))
            .ToList();
    }

    /// <summary>As <see cref="MostSpecific"/>, by scans: a sentence's few statements and targets need no sets.</summary>
    private static List<Statement> MostSpecificOfFew(List<Statement> statements, IReadOnlyList<Target> targets)
    {
        var laws = new string?[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var target in targets)
            {
                if (target.Id == statements[i].TargetId)
                {
                    // The first target with the id, as the dictionary of the general case keeps.
                    laws[i] = target.LawId;
                    break;
                }
            }
        }

        var kept = new List<Statement>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var dropped = false;
            for (var j = 0; j < statements.Count && !dropped; j++)
            {
                // Its article's statement of the same type, or by the same verb, speaks of this law more specifically.
                dropped = laws[j] is { } law && law == statement.TargetId && (statements[j].Type == statement.Type || statements[j].CueAt == statement.CueAt);
            }

            for (var k = 0; k < kept.Count && !dropped; k++)
            {
                dropped = kept[k].Type == statement.Type && kept[k].TargetId == statement.TargetId;
            }

            if (!dropped)
            {
                kept.Add(statement);
            }
        }

        return kept;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\barticles?\s+\d+\w*(?:\s*\(\w+\))*(?:(?:,\s*|\s+and\s+|\s+or\s+)\d+\w*(?:\s*\(\w+\))*)*\s+of\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ArticlesOfBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:about|at|over|regarding|with|concerning)\s+(?:the\s+|a\s+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ConcernAbout();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s*(?:in\s+order\s+|so\s+as\s+)?to\s+\w+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PurposeAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G,\s+(?:which|that|as it|as they)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RelativeAfter();
}
