namespace UprGraph.Cli;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input: a file that cannot be read or is not a UPR summary (also: some documents of a corpus were skipped).</summary>
    public const int BadInput = 1;

    public const int Usage = 2;

    public const int Neo4j = 3;
}
