using UprGraph.Export.GraphML;
using UprGraph.Export.Json;
using UprGraph.Export.Neo4jImport;
using UprGraph.Graph;

namespace UprGraph.Export.Tests;

public sealed class OutputSetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Writes_every_output_and_leaves_other_files_and_no_temporary_folder()
    {
        // Arrange
        File.WriteAllText(_folder.File("notes.txt"), "my notes");

        // Act
        OutputSet.Write(SampleGraph.Build(), _folder.Path, GraphSinks.All);

        // Assert
        Assert.Equal(
            ["graph.gexf", "graph.graphml", "graph.json", "neo4j-import", "notes.txt", "report.html", "report.md"],
            Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("my notes", File.ReadAllText(_folder.File("notes.txt")));
    }

    [Fact]
    public void A_folder_that_is_a_file_is_refused_naming_it()
    {
        // Arrange
        var path = _folder.File("out");
        File.WriteAllText(path, "not a folder");

        // Act
        var error = Assert.Throws<OutputException>(() => OutputSet.Write(SampleGraph.Build(), path, GraphSinks.All));

        // Assert
        Assert.Equal($"{path}: cannot write the outputs here: it is a file, not a folder", error.Message);
        Assert.Equal("not a folder", File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_where_an_output_file_goes_stops_the_run_before_any_output_is_written()
    {
        // Arrange
        Directory.CreateDirectory(_folder.File("graph.gexf"));

        // Act
        var error = Assert.Throws<OutputException>(() => OutputSet.Write(SampleGraph.Build(), _folder.Path, GraphSinks.All));

        // Assert
        Assert.Equal($"{_folder.File("graph.gexf")}: cannot write this output: a folder of that name is in the way; move it or choose another --out", error.Message);
        Assert.Equal(["graph.gexf"], Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_where_the_import_folder_goes_stops_the_run_and_keeps_the_earlier_outputs()
    {
        // Arrange
        OutputSet.Write(SampleGraph.Build(), _folder.Path, [new GraphJsonWriter()]);
        var before = File.ReadAllBytes(_folder.File("graph.json"));
        File.WriteAllText(_folder.File("neo4j-import"), "a file");

        // Act
        var error = Assert.Throws<OutputException>(() => OutputSet.Write(OtherGraph(), _folder.Path, GraphSinks.All));

        // Assert
        Assert.Contains("a file of that name is in the way", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_folder.File("graph.json")));
        Assert.Equal(["graph.json", "neo4j-import"], Entries());
    }

    [Fact]
    public void A_failing_sink_keeps_every_earlier_output_and_removes_the_temporary_folder()
    {
        // Arrange
        OutputSet.Write(SampleGraph.Build(), _folder.Path, GraphSinks.All);
        var before = Entries().Where(e => File.Exists(_folder.File(e))).ToDictionary(e => e, e => File.ReadAllBytes(_folder.File(e)));

        // Act
        var error = Assert.Throws<OutputException>(() =>
            OutputSet.Write(OtherGraph(), _folder.Path, [new GraphJsonWriter(), new GraphMLWriter(), new FailingSink(new IOException("No space left on device : '/tmp/x'"))]));

        // Assert
        Assert.Equal($"{_folder.File("graph.failing")}: cannot write: No space left on device", error.Message);
        Assert.All(before, b => Assert.Equal(b.Value, File.ReadAllBytes(_folder.File(b.Key))));
        Assert.DoesNotContain(Entries(), e => e.StartsWith(OutputSet.TempPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_move_that_fails_puts_back_the_outputs_it_already_replaced()
    {
        // Arrange: the second output goes into a subfolder that does not exist, so its move fails after the first's
        OutputSet.Write(SampleGraph.Build(), _folder.Path, [new GraphJsonWriter()]);
        var before = File.ReadAllBytes(_folder.File("graph.json"));

        // Act
        var error = Assert.Throws<OutputException>(() => OutputSet.Write(OtherGraph(), _folder.Path, [new GraphJsonWriter(), new NestedSink()]));

        // Assert
        Assert.Equal($"{_folder.File(Path.Combine("missing", "graph.nested"))}: cannot write: no such folder", error.Message);
        Assert.Equal(before, File.ReadAllBytes(_folder.File("graph.json")));
        Assert.Equal(["graph.json"], Entries());
    }

    [Fact]
    public void Replaces_the_import_folder_as_a_whole()
    {
        // Arrange
        var stale = Path.Combine(_folder.File("neo4j-import"), "nodes-Obsolete.csv");
        Directory.CreateDirectory(_folder.File("neo4j-import"));
        File.WriteAllText(stale, "old");

        // Act
        OutputSet.Write(SampleGraph.Build(), _folder.Path, [new Neo4jImportWriter()]);

        // Assert
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(_folder.File("neo4j-import"), "import.sh")));
        Assert.Equal(["neo4j-import"], Entries());
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_one_line_naming_it()
    {
        // Arrange: /sys refuses new folders to every user, root included
        var path = Path.Combine("/sys", "kernel", "upr-graph-out");

        // Act
        var error = Assert.Throws<OutputException>(() => OutputSet.Write(SampleGraph.Build(), path, GraphSinks.All));

        // Assert
        Assert.Matches(@"^/sys/kernel/upr-graph-out: cannot write: [^\n]+$", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private List<string> Entries() =>
        [.. Directory.EnumerateFileSystemEntries(_folder.Path).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal)];

    private static KnowledgeGraph OtherGraph() => new KnowledgeGraphBuilder()
        .AddNode(new Model.GraphNode("doc:other", Model.NodeKind.Document, "other"))
        .Build();

    private sealed class FailingSink(Exception error) : IGraphSink
    {
        public string Name => "failing";

        public string DefaultFileName => "graph.failing";

        public bool IsDirectory => false;

        public void WriteFile(KnowledgeGraph graph, string path) => throw error;
    }

    private sealed class NestedSink : IGraphSink
    {
        public string Name => "nested";

        public string DefaultFileName => Path.Combine("missing", "graph.nested");

        public bool IsDirectory => false;

        public void WriteFile(KnowledgeGraph graph, string path) => new GraphJsonWriter().WriteFile(graph, path);
    }
}
