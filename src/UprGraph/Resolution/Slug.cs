namespace UprGraph.Resolution;

/// <summary>Lower-case, hyphen-separated ids from names: "Forum 18" -> "forum-18", "Law “On Refugees”" -> "law-on-refugees".</summary>
public static class Slug
{
    public static string Of(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var hyphen = false;
        // Accents come off by decomposition; plain ASCII names (most) need none.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(System.Text.NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '+')
            {
                builder.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (!hyphen && builder.Length > 0 && c is not ('’' or '\''))
            {
                builder.Append('-');
                hyphen = true;
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
