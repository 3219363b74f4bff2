using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of graph.json from <see cref="GraphSchema"/>: the kinds and relationship types
/// as enums, every property with its JSON type, and per kind the properties that may appear.
/// <c>graph-schema/graph.schema.json</c> is this output; a test keeps the two equal.
/// </summary>
public static class GraphJsonSchemaWriter
{
    public const string SchemaId = "urn:uprgraph:graph-json:2";

    public static void Write(Stream stream, GraphSchema? schema = null)
    {
        schema ??= GraphSchema.Default;
        using var json = new Utf8JsonWriter(stream, GraphJsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("$id", SchemaId);
        json.WriteString("title", "UprGraph graph.json");
        json.WriteString("description", "Node-link JSON of an UprGraph knowledge graph. Unset values are omitted; unattributed appears only when true.");
        json.WriteString("type", "object");
        WriteStrings(json, "required", ["nodes", "edges"]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        json.WriteStartObject("schemaVersion");
        json.WriteNumber("const", GraphJsonFormat.SchemaVersion);
        json.WriteEndObject();
        WriteType(json, "generator", "string");
        WriteArrayOf(json, "nodes", "#/$defs/node");
        WriteArrayOf(json, "edges", "#/$defs/edge");
        json.WriteEndObject();
        json.WriteStartObject("$defs");
        WriteNodeSchema(json, schema);
        WriteEdgeSchema(json, schema);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static string WriteToString(GraphSchema? schema = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, schema);
        return ExportEncoding.Utf8.GetString(buffer.ToArray());
    }

    private static void WriteNodeSchema(Utf8JsonWriter json, GraphSchema schema)
    {
        json.WriteStartObject("node");
        json.WriteString("type", "object");
        WriteStrings(json, "required", ["id", "kind", "name"]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        WriteNonEmptyString(json, "id");
        WriteStrings(json, "kind", schema.Labels.Select(l => l.Kind.ToString()), "enum");
        foreach (var property in schema.NodeProperties.Where(p => p.Name != "id"))
        {
            WriteProperty(json, property);
        }

        json.WriteEndObject();
        json.WriteStartArray("allOf");
        foreach (var label in schema.Labels)
        {
            json.WriteStartObject();
            json.WriteStartObject("if");
            json.WriteStartObject("properties");
            json.WriteStartObject("kind");
            json.WriteString("const", label.Kind.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("then");
            json.WriteStartObject("propertyNames");
            WriteStrings(json, "enum", ["kind", .. label.Properties.Select(p => p.Name)]);
            json.WriteEndObject();
            if (label.Kind == NodeKind.Law)
            {
                WriteStrings(json, "required", ["proposed"]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEdgeSchema(Utf8JsonWriter json, GraphSchema schema)
    {
        json.WriteStartObject("edge");
        json.WriteString("type", "object");
        WriteStrings(json, "required", ["id", "type", "source", "target", "weight"]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        WriteNonEmptyString(json, "id");
        WriteStrings(json, "type", schema.Relationships.Select(r => r.Type), "enum");
        WriteNonEmptyString(json, "source");
        WriteNonEmptyString(json, "target");
        foreach (var property in schema.RelationshipProperties.Where(p => p.Name != "id"))
        {
            if (property.Name == "unattributed")
            {
                json.WriteStartObject(property.Name);
                json.WriteBoolean("const", true);
                json.WriteEndObject();
            }
            else
            {
                WriteProperty(json, property);
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, SchemaProperty property)
    {
        switch (property.Type)
        {
            case PropertyType.Int:
                WriteType(json, property.Name, "integer");
                break;
            case PropertyType.Bool:
                WriteType(json, property.Name, "boolean");
                break;
            case PropertyType.StringList:
                WriteList(json, property.Name, "string");
                break;
            case PropertyType.IntList:
                WriteList(json, property.Name, "integer");
                break;
            case PropertyType.WarningList:
                WriteWarnings(json, property.Name);
                break;
            default:
                WriteType(json, property.Name, "string");
                break;
        }
    }

    private static void WriteType(Utf8JsonWriter json, string name, string type)
    {
        json.WriteStartObject(name);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    private static void WriteNonEmptyString(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter json, string name, string itemType)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 1);
        json.WriteStartObject("items");
        json.WriteString("type", itemType);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteWarnings(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 1);
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        WriteStrings(json, "required", ["code", "message"]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        WriteNonEmptyString(json, "code");
        WriteType(json, "message", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArrayOf(Utf8JsonWriter json, string name, string reference)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("$ref", reference);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values, string? keyword = null)
    {
        if (keyword is not null)
        {
            json.WriteStartObject(name);
            name = keyword;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
        if (keyword is not null)
        {
            json.WriteEndObject();
        }
    }
}
