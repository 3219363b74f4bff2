using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace UprGraph.Benchmarks.Corpus;

/// <summary><c>make-corpus OUTDIR [N]</c>: writes N (default 1000) synthetic summaries made from the seed to OUTDIR.</summary>
internal sealed class MakeCorpusCommand : IBenchmarkCommand
{
    public const string SeedFile = "seeds/A-HRC-WG.6-34-KAZ-3.txt";

    public const string SeedCountry = "Kazakhstan";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => "make-corpus";

    public string Description => $"OUTDIR [N]: write N (default {SyntheticCorpus.DefaultCount}, at most {SyntheticCorpus.MaxDocuments}) synthetic summaries varied from the seed";

    public async Task<int> RunAsync(string[] args)
    {
        var count = SyntheticCorpus.DefaultCount;
        if (args.Length is < 1 or > 2
            || (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count > SyntheticCorpus.MaxDocuments)))
        {
            await Console.Error.WriteLineAsync($"usage: make-corpus OUTDIR [N]   (N from 0 to {SyntheticCorpus.MaxDocuments})").ConfigureAwait(false);
            return 2;
        }

        var seed = FindSeed();
        if (seed is null)
        {
            await Console.Error.WriteLineAsync($"{SeedFile}: not found in the current folder or above it").ConfigureAwait(false);
            return 1;
        }

        var folder = Directory.CreateDirectory(args[0]).FullName;
        var corpus = new SyntheticCorpus(await File.ReadAllTextAsync(seed).ConfigureAwait(false), SeedCountry);
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var document in corpus.Documents(count))
        {
            var path = Path.Combine(folder, document.FileName);
            var temp = path + ".tmp";
            await File.WriteAllTextAsync(temp, document.Text, s_utf8).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            bytes += s_utf8.GetByteCount(document.Text);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} documents ({corpus.ParagraphCount} paragraphs each), {bytes / 1e6:F1} MB in {folder}, {clock.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }

    private static string? FindSeed()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, SeedFile);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
