using System.Globalization;
using UprGraph.Documents.Pdf;
using UprGraph.Documents.Word;
using UprGraph.Model;

namespace UprGraph.Fuzz;

/// <summary>
/// One input: written to a file (the readers take paths), read by the reader its bytes call for, extracted into a graph.
/// Bad input is an <see cref="InputException"/>, which is the expected answer; anything else escapes as a crash.
/// </summary>
internal sealed class FuzzTarget
{
    private readonly ExtractionPipeline _pipeline = new ExtractionPipelineBuilder()
        .AddReader(new PdfDocumentReader())
        .AddReader(new DocxDocumentReader())
        .Build();

    // Named as a summary is (the symbol comes from the name when the text lacks it), without an extension: the
    // reader is chosen by the bytes.
    private readonly string _path = Path.Combine(
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "upr-graph-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture))).FullName,
        "A-HRC-WG.6-34-KAZ-3");

    public void Run(Stream input)
    {
        using (var file = File.Create(_path))
        {
            input.CopyTo(file);
        }

        Run(_path);
    }

    public void Run(string path)
    {
        if (path != _path)
        {
            File.Copy(path, _path, overwrite: true);
        }

        try
        {
            _pipeline.ExtractFile(_path);
        }
        catch (InputException)
        {
            // Bad input, said in one line: what the pipeline should do.
        }
    }
}
