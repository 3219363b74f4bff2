using UprGraph.Curation.Entries;
using UprGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UprGraph.Curation;

/// <summary>
/// Reads a curation file (<c>curation.yaml</c>, documented by <c>graph-schema/curation.schema.json</c>) with YamlDotNet's
/// parser, so that every entry keeps its line and column for messages. A file that breaks the format is an
/// <see cref="InputException"/> naming the file, line and column; contradictions are checked when it is applied.
/// </summary>
public static class CurationReader
{
    private static readonly string[] s_operations = ["merge", "split", "rename", "drop", "retype", "attribute", "add"];

    public static CurationFile ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (IOException e)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }
    }

    /// <param name="reader">The YAML text.</param>
    /// <param name="file">The file name used in messages.</param>
    public static CurationFile Read(TextReader reader, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(reader));
        }
        catch (YamlException e)
        {
            throw InputException.At(file, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + OneLine(e.Message));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode root && EntryFields.IsNull(root))
        {
            return new CurationFile(file);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode operations)
        {
            var node = stream.Documents[0].RootNode;
            throw InputException.At(file, Lines.Of(node), Lines.ColumnOf(node), "a curation file is a mapping of operations: " + string.Join(", ", s_operations));
        }

        var entries = new Dictionary<string, List<CurationEntry>>(StringComparer.Ordinal);
        foreach (var (key, value) in operations.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!s_operations.Contains(name))
            {
                throw InputException.At(file, Lines.Of(key), Lines.ColumnOf(key), $"unknown operation '{name}'; one of {string.Join(", ", s_operations)}");
            }

            if (entries.ContainsKey(name))
            {
                throw InputException.At(file, Lines.Of(key), Lines.ColumnOf(key), $"'{name}' is given twice; list all its entries under one key");
            }

            entries[name] = value switch
            {
                YamlSequenceNode sequence => sequence.Children.Select(item => Entry(file, name, item)).ToList(),
                YamlScalarNode scalar when EntryFields.IsNull(scalar) => [],
                _ => throw InputException.At(file, Lines.Of(value), Lines.ColumnOf(value), $"'{name}' is a list of entries (- {{...}})"),
            };
        }

        List<T> Of<T>(string name) => entries.TryGetValue(name, out var list) ? list.Cast<T>().ToList() : [];
        return new CurationFile(file)
        {
            Merges = Of<MergeEntry>("merge"), Splits = Of<SplitEntry>("split"), Renames = Of<RenameEntry>("rename"), Drops = Of<DropEntry>("drop"),
            Retypes = Of<RetypeEntry>("retype"), Attributes = Of<AttributeEntry>("attribute"), Adds = Of<AddEntry>("add"),
        };
    }

    private static CurationEntry Entry(string file, string operation, YamlNode node) => operation switch
    {
        "merge" => Merge(new EntryFields(file, operation, node, ["into", "nodes", "why"])),
        "split" => Split(file, new EntryFields(file, operation, node, ["node", "into", "edges", "why"])),
        "rename" => Fields(file, operation, node, ["node", "name", "why"], f => new RenameEntry(f.Line, f.Column, f.String("why"), f.String("node"), f.String("name"))),
        "drop" => Fields(file, operation, node, ["edge", "why"], f => new DropEntry(f.Line, f.Column, f.String("why"), f.String("edge"))),
        "retype" => Fields(file, operation, node, ["edge", "type", "why"], f => new RetypeEntry(f.Line, f.Column, f.String("why"), f.String("edge"), f.String("type"))),
        "attribute" => Fields(file, operation, node, ["edge", "source", "via", "why"],
            f => new AttributeEntry(f.Line, f.Column, f.String("why"), f.String("edge"), f.String("source"), f.OptionalString("via"))),
        _ => Add(file, new EntryFields(file, operation, node, ["type", "source", "target", "document", "paragraph", "sentence", "why"])),
    };

    private static T Fields<T>(string file, string operation, YamlNode node, string[] keys, Func<EntryFields, T> make) =>
        make(new EntryFields(file, operation, node, keys));

    private static MergeEntry Merge(EntryFields f) => new(f.Line, f.Column, f.String("why"), f.String("into"), f.Strings("nodes"));

    private static SplitEntry Split(string file, EntryFields f)
    {
        var into = new EntryFields(file, "split's into", f.Get("into"), ["id", "name"]);
        return new SplitEntry(f.Line, f.Column, f.String("why"), f.String("node"), into.String("id"), into.String("name"), f.Strings("edges"));
    }

    private static AddEntry Add(string file, EntryFields f)
    {
        var targetNode = f.Get("target");
        AddTarget target;
        if (targetNode is YamlScalarNode)
        {
            target = AddTarget.Existing(f.String("target"));
        }
        else
        {
            var t = new EntryFields(file, "add's target", targetNode, ["kind", "name", "country", "law", "number", "draft"]);
            var kind = t.String("kind");
            target = kind switch
            {
                "Law" => new AddTarget(null, kind, t.String("name"), t.OptionalString("country"), null, null) { Draft = t.OptionalBool("draft") },
                "Article" => new AddTarget(null, kind, null, null, t.String("law"), t.String("number")),
                _ => throw t.Error(t.Get("kind"), $"a new target is a Law ({{kind: Law, name, country}}) or an Article ({{kind: Article, law, number}}), not '{kind}'"),
            };
        }

        return new AddEntry(f.Line, f.Column, f.String("why"), f.String("type"), f.OptionalString("source"), target, f.String("document"), f.Int("paragraph"))
        {
            Sentence = f.OptionalInt("sentence"),
        };
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
