using System.Text;

namespace UprGraph.Export.Text;

/// <summary>
/// Makes text safe for XML 1.0, which forbids most C0 control characters, U+FFFE, U+FFFF and unpaired surrogates:
/// each such character becomes U+FFFD. Tab, line feed and carriage return stay. Escaping of quotes, angle brackets and
/// ampersands is left to the <see cref="System.Xml.XmlWriter"/>.
/// </summary>
public static class XmlChars
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsAllowed(c) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uFFFD' && !char.IsSurrogate(c));
}
