namespace UprGraph.Model;

/// <summary>
/// Bad input: a file that cannot be read or is not a UPR summary. The message is one line, compiler style
/// (<c>file:line:column: what is wrong</c>); the CLI prints it and exits with 1.
/// </summary>
public sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? File { get; private init; }

    public static InputException At(string file, int line, string message) =>
        new($"{file}:{line}:1: {message}") { File = file };

    /// <summary>A mistake at a line and column of a file the user wrote (a curation file).</summary>
    public static InputException At(string file, int line, int column, string message) =>
        new($"{file}:{line}:{column}: {message}") { File = file };

    /// <summary>Two entries of a curation file that cannot both hold; names the other entry's line.</summary>
    public static InputException Contradiction(string file, int line, int column, string what, int otherLine) =>
        At(file, line, column, $"{what} contradicts the entry at line {otherLine}");

    public static InputException Unreadable(string file, string reason, Exception? inner = null) =>
        inner is null
            ? new InputException($"{file}: cannot read: {reason}") { File = file }
            : new InputException($"{file}: cannot read: {reason}", inner) { File = file };

    public static InputException Empty(string file) => new($"{file}:1:1: the file is empty") { File = file };

    public static InputException Binary(string file, int line) =>
        At(file, line, "the file is binary, not text; give a .txt, .pdf or .docx UPR summary");

    public static InputException Utf16WithoutBom(string file) =>
        At(file, 1, "the file looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a byte order mark");

    public static InputException InvalidUtf16(string file, string mark) =>
        At(file, 1, $"the file starts with the UTF-16 byte order mark {mark} but is not valid UTF-16");

    public static InputException NotASummary(string file, string why) =>
        At(file, 1, $"not a UPR summary of stakeholders' submissions: {why}");

    public static InputException NoTextLayer(string file) =>
        new($"{file}: the PDF has no text layer (a scan?); run OCR first or give the text") { File = file };
}
