using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprGraph.Documents.Word;

/// <summary>The running numbers of one Word list (an abstract numbering definition, up to nine levels).</summary>
internal sealed class DocxListCounter(AbstractNum definition)
{
    private const int Levels = 9;

    private readonly int?[] _values = new int?[Levels];

    /// <summary>Counts a paragraph at the level and returns its label ("3.", "II.", "(b)"); null for bullets.</summary>
    public string? Next(int level)
    {
        level = Math.Clamp(level, 0, Levels - 1);
        _values[level] = _values[level] + 1 ?? Start(level);
        Array.Fill(_values, null, level + 1, Levels - level - 1);

        var format = Level(level)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        var pattern = Level(level)?.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        if (format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
        {
            return null;
        }

        var label = new StringBuilder(pattern);
        for (var i = 0; i <= level; i++)
        {
            var value = _values[i] ?? Start(i);
            label.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), Format(value, Level(i)?.NumberingFormat?.Val?.Value));
        }

        return label.Length == 0 ? null : label.ToString();
    }

    private Level? Level(int index) => definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);

    private int Start(int level) => Level(level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman)
        {
            var roman = Roman(value);
            return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
        }

        if ((format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter) && value > 0)
        {
            // Word repeats the letter past z: 27 is "aa".
            var letter = (char)((format == NumberFormatValues.UpperLetter ? 'A' : 'a') + ((value - 1) % 26));
            return new string(letter, ((value - 1) / 26) + 1);
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int value)
    {
        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var roman = new StringBuilder();
        for (var i = 0; i < numbers.Length && value > 0; i++)
        {
            for (; value >= numbers[i]; value -= numbers[i])
            {
                roman.Append(symbols[i]);
            }
        }

        return roman.ToString();
    }
}
