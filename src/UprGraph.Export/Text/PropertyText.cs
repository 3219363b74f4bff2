using System.Globalization;

namespace UprGraph.Export.Text;

/// <summary>A property value as text, culture-invariant: ints in digits, bools as <c>true</c>/<c>false</c>, lists joined.</summary>
public static class PropertyText
{
    /// <summary>How GraphML and GEXF write a list in one string attribute: <c>12; 13</c>.</summary>
    public const string ListSeparator = "; ";

    public static string Format(object value, string listSeparator = ListSeparator) => value switch
    {
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> list => string.Join(listSeparator, list),
        IEnumerable<Model.DocumentWarning> list => string.Join(listSeparator, list),
        IEnumerable<int> list => string.Join(listSeparator, list.Select(n => n.ToString(CultureInfo.InvariantCulture))),
        _ => throw new ArgumentException($"A property value of type {value.GetType().Name} has no text form.", nameof(value)),
    };
}
