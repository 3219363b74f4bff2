namespace UprGraph.Benchmarks;

/// <summary>
/// One benchmark runnable as <c>dotnet run -c Release --project bench/UprGraph.Benchmarks -- NAME [ARGS]</c>.
/// Implementations are found by reflection; each prints its own figures.
/// </summary>
internal interface IBenchmarkCommand
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
