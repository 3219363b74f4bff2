namespace UprGraph.Model;

/// <summary>The label of a graph node; the names are the schema's labels.</summary>
public enum NodeKind
{
    Document,
    Country,
    Stakeholder,
    Law,
    Article,
    Treaty,
    Issue,
}
