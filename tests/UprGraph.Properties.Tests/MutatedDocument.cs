using System.Text;
using System.Text.RegularExpressions;

namespace UprGraph.Properties.Tests;

/// <summary>
/// A real document (by its index in <see cref="RealDocuments.All"/>) and the mutations made to it, in order; byte flips
/// come last, on the UTF-8 bytes of the mutated lines. Printed by FsCheck when a property fails.
/// </summary>
public sealed partial record MutatedDocument(int Document, IReadOnlyList<Mutation> Mutations)
{
    private static readonly string[] s_furniture = ["\f", "\fA/HRC/WG.6/34/KAZ/3", "12", "\fGE.19-03456(E)", "\f3\nA/HRC/WG.6/34/KAZ/3"];

    /// <summary>The file name of the document (it carries the UN symbol).</summary>
    public string Name => RealDocuments.All[Document % RealDocuments.All.Count].Name;

    public byte[] Bytes()
    {
        var lines = RealDocuments.All[Document % RealDocuments.All.Count].Text.Split('\n').ToList();
        foreach (var mutation in Mutations.Where(m => m.Kind != MutationKind.FlipByte))
        {
            Apply(lines, mutation);
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        foreach (var flip in Mutations.Where(m => m.Kind == MutationKind.FlipByte && bytes.Length > 0))
        {
            bytes[flip.At % bytes.Length] ^= (byte)(1 << (flip.Value % 8));
        }

        return bytes;
    }

    public override string ToString() => $"{Name} with [{string.Join(", ", Mutations)}]";

    private static void Apply(List<string> lines, Mutation mutation)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var at = mutation.At % lines.Count;
        switch (mutation.Kind)
        {
            case MutationKind.DropLine:
                lines.RemoveAt(at);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(at, lines[at]);
                break;
            case MutationKind.SwapLines:
                var other = mutation.Value % lines.Count;
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case MutationKind.RemoveHeading:
                var headings = lines.Select((l, i) => (l, i)).Where(x => Heading().IsMatch(x.l)).Select(x => x.i).ToList();
                if (headings.Count > 0)
                {
                    lines.RemoveAt(headings[mutation.At % headings.Count]);
                }

                break;
            case MutationKind.RenumberFootnote:
                RenumberFootnote(lines, mutation);
                break;
            case MutationKind.InsertPageFurniture:
                // Mid-sentence: the line is cut at a space, the furniture lines go between its halves.
                var line = lines[at];
                var spaces = line.Select((c, i) => (c, i)).Where(x => x.c == ' ').Select(x => x.i).ToList();
                var cut = spaces.Count == 0 ? line.Length : spaces[mutation.Value % spaces.Count];
                lines[at] = line[..cut] + "\n" + s_furniture[mutation.Value % s_furniture.Length] + "\n" + line[cut..].TrimStart();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation.Kind, "Not a line mutation.");
        }
    }

    private static void RenumberFootnote(List<string> lines, Mutation mutation)
    {
        var marks = lines.SelectMany((l, i) => FootnoteMark().Matches(l).Select(m => (Line: i, m.Index, m.Length))).ToList();
        if (marks.Count == 0)
        {
            return;
        }

        var (line, index, length) = marks[mutation.At % marks.Count];
        var number = (mutation.Value % 120) + 1;
        lines[line] = lines[line][..index] + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + lines[line][(index + length)..];
    }

    [GeneratedRegex(@"^\s*(?:[IVX]+|[A-H])\.\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>A footnote number glued to the word or stop before it: "observations.31", "Code12".</summary>
    [GeneratedRegex(@"(?<=[\p{L}.,;:)”’])\d{1,3}(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMark();
}
