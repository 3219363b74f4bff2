using UprGraph.Documents.Tests.Fixtures;

namespace UprGraph.Fuzz;

/// <summary>
/// The starting corpus from the repository's documents: each text whole and cut short (afl-fuzz runs faster on small
/// inputs; a cut summary still has its heading and first paragraphs), and the first summary's opening as PDF and Word.
/// </summary>
internal static class FuzzSeeds
{
    private const string Symbol = "A/HRC/WG.6/34/KAZ/3";

    private static readonly int[] s_cuts = [2_000, 8_000];

    public static void Write(string folder, IReadOnlyList<string> documents)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            var name = Path.GetFileNameWithoutExtension(document);
            var bytes = File.ReadAllBytes(document);
            File.WriteAllBytes(Path.Combine(folder, name + ".txt"), bytes);
            foreach (var cut in s_cuts.Where(c => c < bytes.Length))
            {
                File.WriteAllBytes(Path.Combine(folder, $"{name}-{cut}.txt"), bytes[..LineEnd(bytes, cut)]);
            }
        }

        var opening = File.ReadAllLines(documents[0]).Select(TextLines.Normalize).Where(l => l.Length > 0).Take(60).ToList();
        File.WriteAllBytes(Path.Combine(folder, "opening.pdf"), SeedPdfWriter.Write(opening, Symbol).Pdf);
        SeedDocxWriter.Write(Path.Combine(folder, "opening.docx"), [Symbol, .. opening], realFootnotes: true);
    }

    private static int LineEnd(byte[] bytes, int at)
    {
        var end = Array.IndexOf(bytes, (byte)'\n', at);
        return end < 0 ? bytes.Length : end + 1;
    }
}
