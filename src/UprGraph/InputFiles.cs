using UprGraph.Model;

namespace UprGraph;

/// <summary>Expands the command line's files and folders into the documents to read: a folder's .txt, .pdf and .docx files, by name.</summary>
public static class InputFiles
{
    private static readonly string[] s_extensions = [".txt", ".pdf", ".docx"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input)
                    .Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw InputException.Unreadable(input, "no such file or folder");
            }
        }

        return files;
    }
}
