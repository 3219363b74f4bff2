namespace UprGraph.Cli;

/// <summary>The tool's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>
    /// Bad input: a file that cannot be read or is not a UPR summary (also: some documents of a corpus were skipped), a
    /// graph.json that breaks its contract, or an output that cannot be written (a file-system failure).
    /// </summary>
    public const int BadInput = 1;

    /// <summary>Usage: an unknown command or option, or an option value out of range.</summary>
    public const int Usage = 2;

    /// <summary>Neo4j: unreachable, refused the credentials, or a statement failed.</summary>
    public const int Neo4j = 3;

    /// <summary>A bug: an exception nothing expected (EX_SOFTWARE of sysexits.h); the message asks for a report.</summary>
    public const int Bug = 70;

    /// <summary>Cancelled (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
