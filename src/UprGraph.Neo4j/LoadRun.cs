namespace UprGraph.Neo4j;

/// <summary>One load's connection, progress sink and count of committed transactions.</summary>
internal sealed class LoadRun(ICypherClient client, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
{
    public int Batches { get; private set; }

    public async Task<IReadOnlyList<CypherResult>> ExecuteAsync(IReadOnlyList<CypherStatement> statements)
    {
        var results = await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        Batches++;
        return results;
    }

    public void Report(string stage, string name, int done, int total) =>
        progress?.Report(new LoadProgress(stage, name, done, total));
}
