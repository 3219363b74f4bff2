using System.Xml;

namespace UprGraph.Export.Text;

/// <summary>The XmlWriter settings of the XML sinks: UTF-8 without BOM, two-space indent, LF, newlines in values kept.</summary>
internal static class XmlSettings
{
    public static XmlWriterSettings Create() => new()
    {
        Encoding = ExportEncoding.Utf8,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };
}
