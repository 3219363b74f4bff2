using System.Globalization;
using System.Xml;
using UprGraph.Export.GraphML;
using UprGraph.Export.Text;
using UprGraph.Model;

namespace UprGraph.Export.Gexf;

/// <summary>
/// Writes GEXF 1.2draft for Gephi (networkx 2.8 reads 1.2draft but not 1.3): a static directed graph, typed
/// attributes (<see cref="GexfAttributes"/>), <c>viz:color</c> per node kind and <c>viz:size</c> from the critics
/// (<see cref="GexfPalette"/>); each edge has its relationship type as label and its weight.
/// </summary>
public sealed class GexfWriter : XmlGraphSink
{
    public const string Namespace = "http://www.gexf.net/1.2draft";
    public const string VizNamespace = "http://www.gexf.net/1.2draft/viz";

    public override string Name => "gexf";

    public override string DefaultFileName => "graph.gexf";

    protected override void WriteDocument(XmlWriter xml, IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta");
        xml.WriteElementString("creator", Namespace, "UprGraph");
        xml.WriteElementString("description", Namespace, "Stakeholders, laws, articles, treaties and issues of UPR stakeholder summaries");
        xml.WriteEndElement();
        xml.WriteStartElement("graph");
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        WriteAttributes(xml, "node", GexfAttributes.Node);
        WriteAttributes(xml, "edge", GexfAttributes.Edge);
        xml.WriteStartElement("nodes");
        foreach (var node in nodes)
        {
            WriteNode(xml, node);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges");
        foreach (var edge in edges)
        {
            WriteEdge(xml, edge);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteAttributes(XmlWriter xml, string owner, IEnumerable<SchemaProperty> attributes)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", owner);
        xml.WriteAttributeString("mode", "static");
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("attribute");
            xml.WriteAttributeString("id", GexfAttributes.IdOf(owner, attribute.Name));
            xml.WriteAttributeString("title", attribute.Name);
            xml.WriteAttributeString("type", GexfAttributes.TypeOf(attribute.Type));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, GraphNode node)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", XmlChars.Clean(node.Id));
        xml.WriteAttributeString("label", XmlChars.Clean(GraphMLWriter.LabelOf(node)));
        xml.WriteStartElement("attvalues");
        WriteValue(xml, "n_kind", node.Kind.ToString());
        foreach (var (property, value) in SchemaValues.Of(node))
        {
            WriteValue(xml, GexfAttributes.IdOf("node", property.Name), PropertyText.Format(value));
        }

        xml.WriteEndElement();
        var (r, g, b) = GexfPalette.ColorOf(node.Kind);
        xml.WriteStartElement("viz", "color", VizNamespace);
        xml.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("g", g.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("viz", "size", VizNamespace);
        xml.WriteAttributeString("value", GexfPalette.SizeOf(node).ToString("0.0", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, GraphEdge edge)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", XmlChars.Clean(edge.Id));
        xml.WriteAttributeString("source", XmlChars.Clean(edge.Source));
        xml.WriteAttributeString("target", XmlChars.Clean(edge.Target));
        xml.WriteAttributeString("label", edge.Type);
        xml.WriteAttributeString("weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("attvalues");
        WriteValue(xml, "e_type", edge.Type);
        foreach (var (property, value) in SchemaValues.Of(edge).Where(v => v.Property.Name != "weight"))
        {
            WriteValue(xml, GexfAttributes.IdOf("edge", property.Name), PropertyText.Format(value));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string attribute, string value)
    {
        xml.WriteStartElement("attvalue");
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", XmlChars.Clean(value));
        xml.WriteEndElement();
    }
}
