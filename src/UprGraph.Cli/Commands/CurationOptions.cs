using System.CommandLine;

namespace UprGraph.Cli.Commands;

/// <summary>
/// --curation FILE and --no-curation, for the commands that extract from documents. Without either, curation.yaml in the
/// working directory applies when there is one.
/// </summary>
internal sealed class CurationOptions
{
    public const string DefaultFile = "curation.yaml";

    public Option<string?> File { get; } = new("--curation")
    {
        Description = "The curation file to apply to the extracted graph (default: " + DefaultFile + " in the working directory, if there is one).",
    };

    public Option<bool> None { get; } = new("--no-curation") { Description = "Apply no curation file, not even ./" + DefaultFile + "." };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(None);
    }

    /// <summary>The curation file to apply, or null. A graph.json (<paramref name="graphFile"/>) is used as it is.</summary>
    public string? Resolve(ParseResult parse, CliContext context, string? graphFile = null)
    {
        var given = parse.GetValue(File);
        if (graphFile is not null)
        {
            return given is null ? null : throw new Model.InputException($"--curation {given}: {graphFile} is used as it is; curate when building from the documents");
        }

        if (parse.GetValue(None))
        {
            return given is null ? null : throw new Model.InputException("--curation and --no-curation: give one or the other");
        }

        if (given is not null)
        {
            return given;
        }

        var local = Path.Combine(context.WorkingDirectory, DefaultFile);
        if (!System.IO.File.Exists(local))
        {
            return null;
        }

        // Named as the user would: "curation.yaml" where the tool was started.
        return string.Equals(Path.GetFullPath(context.WorkingDirectory), Environment.CurrentDirectory, StringComparison.Ordinal) ? DefaultFile : local;
    }
}
