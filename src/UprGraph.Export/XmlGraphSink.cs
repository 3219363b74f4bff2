using System.Xml;
using UprGraph.Export.Text;
using UprGraph.Model;

namespace UprGraph.Export;

/// <summary>An XML format (GraphML, GEXF): one streaming <see cref="XmlWriter"/> over the stream, ended by a newline.</summary>
public abstract class XmlGraphSink : GraphStreamSink
{
    public sealed override void Write(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(stream);
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            WriteDocument(xml, nodes, edges);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the whole document, nodes and edges read once in the order given.</summary>
    protected abstract void WriteDocument(XmlWriter xml, IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges);
}
