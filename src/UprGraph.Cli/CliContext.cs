using Spectre.Console;

namespace UprGraph.Cli;

/// <summary>Where the commands write: a rich console for tables and progress, plain writers for data and errors.</summary>
public sealed class CliContext(IAnsiConsole console, TextWriter output, TextWriter error)
{
    public IAnsiConsole Console { get; } = console;

    /// <summary>Plain output for machine-readable results (--json).</summary>
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Quiet { get; set; }

    public bool Verbose { get; set; }

    /// <summary>Where default inputs (<c>seeds/</c>) and the default <c>curation.yaml</c> are looked for.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The word lists extraction reads: the built-in ones, plus those of --vocabulary.</summary>
    public Vocabulary.GenreVocabulary Vocabulary { get; set; } = UprGraph.Vocabulary.GenreVocabulary.Default;

    public static CliContext ForTerminal() =>
        new(AnsiConsole.Console, System.Console.Out, System.Console.Error);

    /// <summary>A context that writes into <paramref name="output"/> and <paramref name="error"/> without colours (tests).</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });

        // A writer is no terminal: lines such as "file:line: message" are not wrapped at 80 columns.
        console.Profile.Width = 240;
        return new(console, output, error);
    }
}
