using System.Collections;
using System.Globalization;
using System.Text;
using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Tests.Graph;

/// <summary>
/// A graph as stable text for approved-file comparison: one line per node and per edge, in id order, each with the
/// properties its label or relationship has in <see cref="GraphSchema.Default"/> (unset ones left out).
/// </summary>
internal static class GraphText
{
    public static string Write(KnowledgeGraph graph)
    {
        var schema = GraphSchema.Default;
        var text = new StringBuilder();
        foreach (var node in graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            text.Append("node ").Append(node.Id);
            foreach (var property in schema.Label(node.Kind).Properties.Where(p => p.Name != "id"))
            {
                Append(text, property.Name, node.GetProperty(property.Name));
            }

            text.Append('\n');
        }

        foreach (var edge in graph.Edges.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            text.Append("edge ").Append(edge.Type).Append(' ').Append(edge.Source).Append(" -> ").Append(edge.Target);
            foreach (var property in schema.RelationshipProperties.Where(p => p.Name is not ("id" or "type" or "source" or "target")))
            {
                Append(text, property.Name, edge.GetProperty(property.Name));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, object? value)
    {
        var written = value switch
        {
            null => null,
            string s => s,
            bool b => b ? "true" : null,
            IEnumerable list and not string => Join(list),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (!string.IsNullOrEmpty(written))
        {
            text.Append(" | ").Append(name).Append('=').Append(written);
        }
    }

    private static string? Join(IEnumerable list)
    {
        var items = list.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)).ToList();
        return items.Count == 0 ? null : "[" + string.Join("; ", items) + "]";
    }
}
