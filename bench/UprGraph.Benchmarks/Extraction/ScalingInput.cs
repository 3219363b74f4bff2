using System.Globalization;
using System.Text;

namespace UprGraph.Benchmarks.Extraction;

/// <summary>
/// The pathological inputs of <see cref="ExtractScalingCommand"/>: a summary's opening, then text of the genre grown to a
/// given size in one of three shapes, wrapped at about 90 characters a line as the UN text layers are.
/// </summary>
internal sealed record ScalingInput(string Name, string Description, Func<int, string> Piece, string Separator, bool Numbered)
{
    /// <summary>
    /// Whether time and memory are held to the targets. An input that names a new act in every piece has a graph that grows
    /// with it (a node and an edge per act, over a gigabyte at 16 MB), and the runtime's collections of it with it: it is
    /// measured and shown, to see that it stays near linear, but not held to the targets.
    /// </summary>
    public bool Targeted { get; init; } = true;

    public const string FileName = "A-HRC-WG.6-34-KAZ-3.txt";

    private const string Opening =
        "A/HRC/WG.6/34/KAZ/3\n\n I. Background\n\n1. The present report was prepared pursuant to Human Rights Council resolutions 5/1\n" +
        "and 16/21. It is a summary of stakeholders' submissions to the universal periodic review.\n\n" +
        " II. Information provided by stakeholders\n\n A. Scope of international obligations\n\n";

    public static IReadOnlyList<ScalingInput> All { get; } =
    [
        new("long-sentence", "one sentence full of act mentions", i => (i % 3) switch
        {
            0 => "the Criminal Code was criticised",
            1 => string.Create(CultureInfo.InvariantCulture, $"article {(i % 997) + 1} of the Labour Code was criticised"),
            _ => "the Law on Religious Activity and Religious Associations was criticised",
        }, ", ", Numbered: false),
        new("many-sentences", "one paragraph of many sentences", i => (i % 3) switch
        {
            0 => "AI noted that the Criminal Code was criticised.",
            1 => string.Create(CultureInfo.InvariantCulture, $"JS{(i % 12) + 1} recommended amending article {(i % 997) + 1} of the Labour Code."),
            _ => "HRW stated that the Law on Trade Unions restricted the right to strike.",
        }, " ", Numbered: false),
        new("many-paragraphs", "many short paragraphs", i => (i % 2) switch
        {
            0 => "AI noted that the Criminal Code was criticised.",
            _ => string.Create(CultureInfo.InvariantCulture, $"JS{(i % 12) + 1} recommended amending article {(i % 997) + 1} of the Labour Code."),
        }, "\n\n", Numbered: true),
        new("lower-case-acts", "one sentence of lower-case and named acts", i => (i % 2) switch
        {
            0 => "the media law was criticised",
            _ => "the Criminal Code was criticised",
        }, ", ", Numbered: false),
        new("distinct-acts", "one sentence naming a new act in every piece (shown, not held to the targets: its graph grows with it)", i => (i % 2) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"Law No. {i + 1} was criticised"),
            _ => string.Create(CultureInfo.InvariantCulture, $"article {(i % 997) + 1} of the Code on Topic {i} was criticised"),
        }, ", ", Numbered: false) { Targeted = false },
    ];

    /// <summary>The document: the opening, then pieces until it holds <paramref name="bytes"/> bytes of UTF-8 (ASCII here).</summary>
    public string Text(int bytes)
    {
        var text = new StringBuilder(bytes + 1024).Append(Opening);
        var line = 0;
        for (var i = 0; text.Length < bytes; i++)
        {
            var piece = Numbered ? string.Create(CultureInfo.InvariantCulture, $"{i + 2}. {Piece(i)}{i + 1}") : Piece(i);
            if (i == 0 && !Numbered)
            {
                text.Append("2. AI noted that ");
            }

            foreach (var word in piece.Split(' '))
            {
                if (line + word.Length > 90)
                {
                    text.Append('\n');
                    line = 0;
                }
                else if (line > 0)
                {
                    text.Append(' ');
                    line++;
                }

                text.Append(word);
                line += word.Length;
            }

            text.Append(Separator.TrimEnd(' '));
            line = Separator.Contains('\n', StringComparison.Ordinal) ? 0 : line + Separator.TrimEnd(' ').Length;
        }

        return Numbered ? text.Append('\n').ToString() : text.Append(" and more.1\n\n3. JS1 made similar observations.2\n").ToString();
    }
}
