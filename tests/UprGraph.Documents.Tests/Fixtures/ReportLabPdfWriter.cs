using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace UprGraph.Documents.Tests.Fixtures;

/// <summary>
/// Lays lines out as a PDF with ReportLab (Debian's python3-reportlab, installed by scripts/deps/documents.sh): a second
/// producer, which justifies lines by word spacing and raises footnote numbers by text rise, as word processors do.
/// </summary>
internal static partial class ReportLabPdfWriter
{
    private const string Python = "/usr/bin/python3";

    public static void Write(string path, IReadOnlyList<string> lines, string header)
    {
        var json = path + ".json";
        File.WriteAllText(json, JsonSerializer.Serialize(lines.Select(Describe)));
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Script, json, path, header, SeedPdfWriter.LinesPerPage.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(Python + " did not start");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Python} {Script} failed ({process.ExitCode}): {errors}");
    }

    private static string Script => Path.Combine(AppContext.BaseDirectory, "Fixtures", "reportlab_summary.py");

    private static object Describe(string line)
    {
        var label = Label().Match(line);
        var text = label.Success ? line[label.Length..] : line;
        return new
        {
            label = label.Success ? label.Groups[1].Value : null,
            segments = FootnoteMarks.Split(text).Select(s => new object[] { s.Text, s.IsFootnote }).ToList(),
        };
    }

    [GeneratedRegex(@"^(\d{1,3}\.|[IVX]{1,4}\.|[A-H]\.) (?=\S)")]
    private static partial Regex Label();
}
