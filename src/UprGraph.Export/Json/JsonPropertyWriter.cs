using System.Text.Json;
using UprGraph.Model;

namespace UprGraph.Export.Json;

/// <summary>Writes one schema property with its JSON type: string, number, boolean or array.</summary>
internal static class JsonPropertyWriter
{
    public static void Write(Utf8JsonWriter json, SchemaProperty property, object value)
    {
        switch (value)
        {
            case string text:
                json.WriteString(property.Name, text);
                break;
            case int number:
                json.WriteNumber(property.Name, number);
                break;
            case bool flag:
                json.WriteBoolean(property.Name, flag);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray(property.Name);
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case IEnumerable<DocumentWarning> warnings:
                json.WriteStartArray(property.Name);
                foreach (var warning in warnings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", warning.Code);
                    json.WriteString("message", warning.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case IEnumerable<int> list:
                json.WriteStartArray(property.Name);
                foreach (var item in list)
                {
                    json.WriteNumberValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Property {property.Name} has a value of type {value.GetType().Name}, which graph.json cannot hold.", nameof(value));
        }
    }
}
