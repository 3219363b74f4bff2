namespace UprGraph.Cli;

/// <summary>
/// The seed summary (A/HRC/WG.6/34/KAZ/3) embedded in the tool: the default input of a command given no documents where
/// there is no <c>seeds/</c> folder (an installed tool run outside the repository). Written to a temporary folder for
/// the readers, which read files, and deleted with it.
/// </summary>
internal sealed class EmbeddedSeed : IDisposable
{
    public const string FileName = "A-HRC-WG.6-34-KAZ-3.txt";

    private readonly string _folder;

    private EmbeddedSeed(string folder, string file)
    {
        _folder = folder;
        File = file;
    }

    /// <summary>The seed's temporary copy.</summary>
    public string File { get; }

    public static EmbeddedSeed Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "upr-graph-seed-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        using (var resource = typeof(EmbeddedSeed).Assembly.GetManifestResourceStream("UprGraph.Cli.Seed." + FileName)
            ?? throw new InvalidOperationException("The embedded seed is missing from the upr-graph assembly."))
        using (var copy = System.IO.File.Create(file))
        {
            resource.CopyTo(copy);
        }

        return new EmbeddedSeed(folder, file);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
