using System.Xml;
using UprGraph.Export.Text;
using UprGraph.Model;

namespace UprGraph.Export.GraphML;

/// <summary>
/// Writes GraphML that Gephi, Cytoscape, yEd, networkx and igraph read as is: a directed graph, typed keys for every
/// attribute (<see cref="GraphMLKeys"/>), one <c>&lt;edge&gt;</c> per relationship with its own id (parallel edges stay
/// apart). Text goes through <see cref="XmlChars.Clean"/>, so control characters cannot break the file.
/// </summary>
public sealed class GraphMLWriter : XmlGraphSink
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public override string Name => "graphml";

    public override string DefaultFileName => "graph.graphml";

    /// <summary>What Gephi shows for a node: a stakeholder's abbreviation when it has one, otherwise the name.</summary>
    public static string LabelOf(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind == NodeKind.Stakeholder && !string.IsNullOrEmpty(node.Abbreviation) ? node.Abbreviation : node.Name;
    }

    protected override void WriteDocument(XmlWriter xml, IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var key in GraphMLKeys.Default.Node.Concat(GraphMLKeys.Default.Edge))
        {
            xml.WriteStartElement("key");
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph");
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in nodes)
        {
            WriteNode(xml, node);
        }

        foreach (var edge in edges)
        {
            WriteEdge(xml, edge);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteNode(XmlWriter xml, GraphNode node)
    {
        xml.WriteStartElement("node");
        xml.WriteAttributeString("id", XmlChars.Clean(node.Id));
        WriteData(xml, "n_label", LabelOf(node));
        WriteData(xml, "n_kind", node.Kind.ToString());
        foreach (var (property, value) in SchemaValues.Of(node))
        {
            WriteData(xml, GraphMLKeys.IdOf("node", property.Name), PropertyText.Format(value));
        }

        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, GraphEdge edge)
    {
        xml.WriteStartElement("edge");
        xml.WriteAttributeString("id", XmlChars.Clean(edge.Id));
        xml.WriteAttributeString("source", XmlChars.Clean(edge.Source));
        xml.WriteAttributeString("target", XmlChars.Clean(edge.Target));
        WriteData(xml, "e_label", edge.Type);
        WriteData(xml, "e_type", edge.Type);
        foreach (var (property, value) in SchemaValues.Of(edge))
        {
            WriteData(xml, GraphMLKeys.IdOf("edge", property.Name), PropertyText.Format(value));
        }

        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlChars.Clean(value));
        xml.WriteEndElement();
    }
}
