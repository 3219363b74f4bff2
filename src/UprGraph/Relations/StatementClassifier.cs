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
public sealed class StatementClassifier(RelationCues cues)
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
        var descriptive = RelationCues.WithoutNotAdopted(recommendation < 0 ? sentence[from..] : sentence[from..recommendation]);
        var (problem, problemAt) = Cues.NegativeAt(descriptive);
        foreach (var target in targets)
        {
            if (recommendation >= 0 && target.Offset > recommendation)
            {
                Recommend(sentence, recommendation, target, statements);
            }
            else if (recommendation >= 0 && recommendation - target.End < 16 && Cues.ActionAfter(sentence, target.End) is ({ } type, { } word, var at)
                     && target.Kind is NodeKind.Law or NodeKind.Article && type is RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing)
            {
                // "the Mental Health Act needed to be aligned with the CRPD": a recommendation in all but the verb.
                statements.Add(new Statement(type, target.Id, word) { CueAt = at, Act = target });
            }
            else if (problem is not null && target.Kind is NodeKind.Law or NodeKind.Article && !target.Proposed && !target.NotInForce
                     && !Cues.RepealsSomething(sentence, target.End))
            {
                statements.Add(new Statement(RelationTypes.Criticizes, target.Id, problem) { CueAt = from + problemAt, Act = target });
            }
        }

        return MostSpecific(statements, targets);
    }

    private void Recommend(string sentence, int start, Target target, List<Statement> statements)
    {
        var (type, word, at) = Cues.ActionBefore(sentence, start, target.Offset);
        if (type is null)
        {
            (type, word, at) = Cues.ActionAfter(sentence, target.End);
        }

        if (type is null || word is null)
        {
            return;
        }

        var fits = target.Kind switch
        {
            NodeKind.Treaty => type == RelationTypes.RecommendsRatifying,
            _ when target.Proposed || target.NotInForce => type == RelationTypes.RecommendsAdopting,
            _ => type is RelationTypes.RecommendsAmending or RelationTypes.RecommendsRepealing,
        };
        if (fits)
        {
            statements.Add(new Statement(type, target.Id, word) { CueAt = at, Act = target });
        }

        if (target.Kind is NodeKind.Law or NodeKind.Article && !target.Proposed && !target.NotInForce)
        {
            var clauseEnd = sentence.IndexOfAny([';', ','], target.End);
            var after = sentence[target.End..(clauseEnd < 0 ? sentence.Length : clauseEnd)];
            var (strong, strongAt) = Cues.NegativeAt(after);
            if (Cues.StrongProblem(after) && strong is not null)
            {
                statements.Add(new Statement(RelationTypes.Criticizes, target.Id, strong) { CueAt = target.End + strongAt, Act = target });
            }
        }
    }

    private static List<Statement> MostSpecific(List<Statement> statements, IReadOnlyList<Target> targets)
    {
        var lawsOfArticles = statements
            .Select(s => (s.Type, Law: targets.FirstOrDefault(t => t.Id == s.TargetId)?.LawId))
            .Where(x => x.Law is not null)
            .ToHashSet();
        return statements
            .Where(s => !lawsOfArticles.Contains((s.Type, s.TargetId)))
            .DistinctBy(s => (s.Type, s.TargetId))
            .ToList();
    }
}
