using System.Globalization;
using UprGraph.Model;
using YamlDotNet.RepresentationModel;

namespace UprGraph.Curation;

/// <summary>
/// The keys of one entry's mapping, read with their types; a missing, mistyped or unknown key is an
/// <see cref="InputException"/> at its line and column.
/// </summary>
internal sealed class EntryFields
{
    private readonly string _file;
    private readonly string _operation;
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);

    public EntryFields(string file, string operation, YamlNode node, IReadOnlyCollection<string> keys)
    {
        _file = file;
        _operation = operation;
        Node = node;
        if (node is not YamlMappingNode mapping)
        {
            throw Error(node, $"a {operation} entry is a mapping ({{{string.Join(", ", keys)}}})");
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text : throw Error(key, "a key is not a word");
            if (!keys.Contains(name))
            {
                throw Error(key, $"{operation} has no key '{name}'; its keys are {string.Join(", ", keys)}");
            }

            if (!_fields.TryAdd(name, value))
            {
                throw Error(key, $"'{name}' is given twice");
            }
        }
    }

    public YamlNode Node { get; }

    public int Line => Lines.Of(Node);

    public int Column => Lines.ColumnOf(Node);

    public bool Has(string key) => _fields.ContainsKey(key);

    public YamlNode Get(string key) =>
        _fields.TryGetValue(key, out var value) ? value : throw Error(Node, $"{_operation} needs '{key}'");

    public string String(string key) => Scalar(Get(key), key);

    public string? OptionalString(string key) => _fields.TryGetValue(key, out var value) && !IsNull(value) ? Scalar(value, key) : null;

    public int Int(string key) => ParseInt(Get(key), key);

    public int? OptionalInt(string key) => _fields.TryGetValue(key, out var value) && !IsNull(value) ? ParseInt(value, key) : null;

    public bool OptionalBool(string key) =>
        _fields.TryGetValue(key, out var value) && !IsNull(value) && (Scalar(value, key) switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error(value, $"'{key}' is true or false"),
        });

    public IReadOnlyList<string> Strings(string key)
    {
        var node = Get(key);
        var items = node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => Scalar(c, key)).ToList()
            : throw Error(node, $"'{key}' is a list of ids ([\"...\"])");
        return items.Count > 0 ? items : throw Error(node, $"'{key}' lists no id");
    }

    public InputException Error(YamlNode node, string message) => InputException.At(_file, Lines.Of(node), Lines.ColumnOf(node), message);

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted, Value: null or "" or "~" or "null" };

    private string Scalar(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } text } && !IsNull(node) ? text : throw Error(node, $"'{key}' is a non-empty text");

    private int ParseInt(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw Error(node, $"'{key}' is a whole number from 1");
}
