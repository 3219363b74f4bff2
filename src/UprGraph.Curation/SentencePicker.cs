using UprGraph.Model;
using UprGraph.Segmentation;

namespace UprGraph.Curation;

/// <summary>
/// Finds an added edge's sentence in its paragraph: the one asked for, else the first that names the target (by its name,
/// an alias, or "article N"), else the first that names the source, else the first; with where the target stands in it.
/// </summary>
internal static class SentencePicker
{
    public static (Sentence Sentence, (int Offset, int Length)? Act) Pick(Paragraph paragraph, GraphNode target, GraphNode source, int? requested)
    {
        var names = Names(target).Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        if (requested is { } index)
        {
            var sentence = paragraph.Sentences[index - 1];
            return (sentence, Find(sentence.Text, names));
        }

        foreach (var sentence in paragraph.Sentences)
        {
            if (Find(sentence.Text, names) is { } act)
            {
                return (sentence, act);
            }
        }

        var speaker = paragraph.Sentences.FirstOrDefault(s => Names(source).Any(n => n.Length > 0 && s.Text.Contains(n, StringComparison.OrdinalIgnoreCase)));
        return (speaker ?? paragraph.Sentences[0], null);
    }

    /// <summary>How the sentence names the source: named when it does, else carried on from the paragraph.</summary>
    public static string ViaOf(Sentence sentence, GraphNode source) =>
        source.Kind == NodeKind.Document ? Via.Unattributed
        : Names(source).Any(n => n.Length > 0 && sentence.Text.Contains(n, StringComparison.Ordinal)) ? Via.Named
        : Via.Continued;

    private static IEnumerable<string> Names(GraphNode node) => node.Kind switch
    {
        NodeKind.Article => [$"article {node.Number}", $"section {node.Number}", $"articles {node.Number}"],
        NodeKind.Stakeholder => [node.Abbreviation ?? "", node.Name, .. node.Aliases],
        _ => [node.Name, .. node.Aliases],
    };

    private static (int Offset, int Length)? Find(string text, List<string> names)
    {
        foreach (var name in names)
        {
            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return (at, name.Length);
            }
        }

        return null;
    }
}
