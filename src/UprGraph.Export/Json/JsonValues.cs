using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>Typed reads of graph.json values; a value of the wrong type is an <see cref="InputException"/>.</summary>
internal static class JsonValues
{
    public static string RequiredString(JsonElement item, string name, string what, string source) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw Invalid(source, $"{what} without a \"{name}\" string");

    public static string? String(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : throw Invalid(source, $"\"{name}\" is not a string");

    public static int Int(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Invalid(source, $"\"{name}\" is not an integer");

    public static bool Bool(JsonElement value, string name, string source) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid(source, $"\"{name}\" is not a boolean"),
    };

    public static List<string> Strings(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => String(v, name, source) ?? "").ToList()
            : throw Invalid(source, $"\"{name}\" is not an array");

    public static List<int> Ints(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => Int(v, name, source)).ToList()
            : throw Invalid(source, $"\"{name}\" is not an array");

    public static List<DocumentWarning> Warnings(JsonElement value, string name, string source) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object
                ? new DocumentWarning(RequiredString(v, "code", $"a \"{name}\" entry", source), RequiredString(v, "message", $"a \"{name}\" entry", source))
                : throw Invalid(source, $"a \"{name}\" entry is not an object")).ToList()
            : throw Invalid(source, $"\"{name}\" is not an array");

    public static InputException Invalid(string source, string why) => InputException.At(source, 1, "not a UprGraph graph.json: " + why);
}
