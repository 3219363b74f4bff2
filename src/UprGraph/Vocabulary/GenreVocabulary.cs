using UprGraph.Model;

namespace UprGraph.Vocabulary;

/// <summary>
/// The genre's word lists (reporting verbs, problem cues, the verbs of amending, repealing, adopting and ratifying, act
/// heads, ...), as GATE's gazetteers or spaCy's pattern files: text files of one entry a line with <c>#</c> comments,
/// embedded in this assembly (<c>Vocabulary/Lists/*.txt</c>) and read once. <see cref="With(string)"/> adds a
/// researcher's own entries from a folder of files named like the lists; the stages build their matchers from a
/// <see cref="GenreVocabulary"/> in their constructors.
/// </summary>
public sealed class GenreVocabulary
{
    private static readonly Lazy<GenreVocabulary> s_default = new(LoadEmbedded);
    private readonly Dictionary<string, IReadOnlyList<string>> _lists;

    private GenreVocabulary(Dictionary<string, IReadOnlyList<string>> lists, IReadOnlyList<string> sources)
    {
        _lists = lists;
        Sources = sources;
    }

    /// <summary>The built-in lists.</summary>
    public static GenreVocabulary Default => s_default.Value;

    /// <summary>The folders whose lists were added to the built-in ones, in order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The entries of a list, in file order, each once.</summary>
    public IReadOnlyList<string> this[string list] =>
        _lists.TryGetValue(list, out var entries) ? entries : throw new ArgumentOutOfRangeException(nameof(list), list, "Not a vocabulary list.");

    /// <summary>
    /// The lists with the entries of <paramref name="folder"/>'s files added: each <c>NAME.txt</c> adds to the list
    /// NAME; a file that names no list is an <see cref="InputException"/>, so a misspelt name is not silently unused.
    /// </summary>
    public GenreVocabulary With(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw InputException.Unreadable(folder, "no such vocabulary folder");
        }

        var lists = new Dictionary<string, IReadOnlyList<string>>(_lists, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!lists.TryGetValue(name, out var entries))
            {
                throw InputException.At(file, 1, $"not a vocabulary list; the lists are {string.Join(", ", VocabularyLists.All)}");
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw InputException.Unreadable(file, e.Message, e);
            }

            lists[name] = entries.Concat(VocabularyList.Parse(text)).Distinct(StringComparer.Ordinal).ToList();
        }

        return new GenreVocabulary(lists, [.. Sources, folder]);
    }

    private static GenreVocabulary LoadEmbedded()
    {
        var assembly = typeof(GenreVocabulary).Assembly;
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in VocabularyLists.All)
        {
            using var stream = assembly.GetManifestResourceStream("UprGraph.Vocabulary." + name + ".txt")
                ?? throw new InvalidOperationException($"The vocabulary list {name}.txt is missing from the UprGraph assembly.");
            using var reader = new StreamReader(stream);
            lists[name] = VocabularyList.Parse(reader.ReadToEnd());
        }

        return new GenreVocabulary(lists, []);
    }
}
