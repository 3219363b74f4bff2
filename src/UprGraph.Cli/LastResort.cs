namespace UprGraph.Cli;

/// <summary>What the user sees of an exception nothing expected: one line saying it is a bug, the stack trace only under --verbose.</summary>
internal static class LastResort
{
    public static string Message(Exception error, bool verbose)
    {
        var cause = error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
        var line = $"upr-graph: internal error ({cause.GetType().Name}: {OneLine(cause.Message)}); this is a bug, please report it" +
                   (verbose ? "" : " (--verbose shows the stack trace)");
        return verbose ? line + Environment.NewLine + cause : line;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
