using UprGraph.Graph;
using UprGraph.Model;

namespace UprGraph.Export.Tests;

/// <summary>
/// Compares graphs by value: every schema property of every node and edge (records compare lists by reference, so
/// the lists are compared item by item here). Failures name the node or edge and the property.
/// </summary>
internal static class GraphEquality
{
    public static void AssertEqual(KnowledgeGraph expected, KnowledgeGraph actual)
    {
        Assert.Equal(expected.Nodes.Select(n => n.Id), actual.Nodes.Select(n => n.Id));
        Assert.Equal(expected.Edges.Select(e => e.Id), actual.Edges.Select(e => e.Id));
        string[] nodeProperties = ["kind", .. GraphSchema.Default.NodeProperties.Select(p => p.Name)];
        foreach (var (want, got) in expected.Nodes.Zip(actual.Nodes))
        {
            foreach (var name in nodeProperties)
            {
                Assert.True(Same(want.GetProperty(name), got.GetProperty(name)), $"node {want.Id}: {name} differs");
            }
        }

        string[] edgeProperties = ["type", "source", "target", .. GraphSchema.Default.RelationshipProperties.Select(p => p.Name)];
        foreach (var (want, got) in expected.Edges.Zip(actual.Edges))
        {
            foreach (var name in edgeProperties)
            {
                Assert.True(Same(want.GetProperty(name), got.GetProperty(name)), $"edge {want.Id}: {name} differs");
            }
        }
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (IEnumerable<string> x, IEnumerable<string> y) => x.SequenceEqual(y),
        (IEnumerable<int> x, IEnumerable<int> y) => x.SequenceEqual(y),
        (IEnumerable<DocumentWarning> x, IEnumerable<DocumentWarning> y) => x.SequenceEqual(y),
        _ => Equals(a, b),
    };
}
