namespace UprGraph.Export.Neo4jImport;

/// <summary>The CSV files of one folder, opened on first use with their header line; disposing closes them all.</summary>
internal sealed class Neo4jCsvFiles(string folder) : IDisposable
{
    private readonly Dictionary<string, StreamWriter> _writers = new(StringComparer.Ordinal);

    public StreamWriter Get(string fileName, IReadOnlyList<string> header)
    {
        if (!_writers.TryGetValue(fileName, out var writer))
        {
            writer = new StreamWriter(Path.Combine(folder, fileName), append: false, ExportEncoding.Utf8, 1 << 16);
            writer.Write(Neo4jCsv.Line(header));
            writer.Write('\n');
            _writers[fileName] = writer;
        }

        return writer;
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }
    }
}
