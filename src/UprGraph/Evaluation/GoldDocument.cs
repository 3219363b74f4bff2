using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Evaluation;

/// <summary>A gold annotation in the format of <c>shared/gold/README.md</c>.</summary>
public sealed record GoldDocument(
    string Document,
    IReadOnlyList<GoldEntity> Stakeholders,
    IReadOnlyList<GoldEntity> Laws,
    IReadOnlyList<GoldEntity> Articles,
    IReadOnlyList<GoldEntity> Treaties,
    IReadOnlyList<GoldEntity> Issues,
    IReadOnlyList<GoldRelation> Relations)
{
    /// <summary>When the gold covers part of the document: the first and last paragraph it annotates.</summary>
    public (int First, int Last)? ParagraphRange { get; init; }

    public static GoldDocument Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            return Parse(json.RootElement);
        }
        catch (JsonException e)
        {
            throw InputException.At(path, (int)(e.LineNumber ?? 0) + 1, "not a gold file: " + e.Message.Split('.')[0]);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw InputException.At(path, 1, "not a gold file: " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.Unreadable(path, e.Message, e);
        }
    }

    private static GoldDocument Parse(JsonElement root)
    {
        (int, int)? range = root.TryGetProperty("paragraph_range", out var r) && r.ValueKind == JsonValueKind.Array
            ? (r[0].GetInt32(), r[1].GetInt32())
            : null;
        return new GoldDocument(
            root.GetProperty("document").GetString() ?? "",
            Entities(root, "stakeholders", true, "name", "abbreviation"),
            Entities(root, "laws", false, "name"),
            Entities(root, "articles", false),
            Entities(root, "treaties", false, "name"),
            Entities(root, "issues", false, "heading", "name"),
            root.TryGetProperty("relations", out var relations)
                ? relations.EnumerateArray().Select(x => new GoldRelation(
                    x.GetProperty("type").GetString()!,
                    x.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                    x.GetProperty("target").GetString()!,
                    x.GetProperty("paragraph").GetInt32())
                {
                    Evidence = x.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null,
                    Via = x.TryGetProperty("via", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null,
                }).ToList()
                : [])
        {
            ParagraphRange = range,
        };
    }

    private static List<GoldEntity> Entities(JsonElement root, string kind, bool idIsName, params string[] nameFields)
    {
        if (!root.TryGetProperty(kind, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return list.EnumerateArray().Select(e =>
        {
            var id = e.GetProperty("id").GetString()!;
            var names = idIsName ? new List<string> { id } : [];
            foreach (var field in nameFields)
            {
                if (e.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    names.Add(value.GetString()!);
                }
            }

            if (e.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
            {
                names.AddRange(aliases.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!));
            }

            return new GoldEntity(id, names)
            {
                Law = e.TryGetProperty("law", out var law) ? law.GetString() : null,
                Number = e.TryGetProperty("number", out var number) ? number.ToString() : null,
                Paragraphs = e.TryGetProperty("paragraphs", out var ps) && ps.ValueKind == JsonValueKind.Array
                    ? ps.EnumerateArray().Select(p => p.GetInt32()).ToList() : [],
            };
        }).ToList();
    }
}
