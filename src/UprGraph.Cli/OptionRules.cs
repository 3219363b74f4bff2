using System.CommandLine;
using System.Globalization;

namespace UprGraph.Cli;

/// <summary>Validation of option values at parse time, so a value out of range is a usage error (exit 2) before any work.</summary>
internal static class OptionRules
{
    /// <summary>Refuses values below <paramref name="minimum"/> ("--jobs 0": there is no such count).</summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            // A default has no token; a token that is no number has its own error from the parser.
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}, not {value}."));
            }
        });
        return option;
    }

    /// <summary>Each value, or comma-separated part of one, must be one of <paramref name="names"/> (ignoring case).</summary>
    public static Option<string[]> OneOf(this Option<string[]> option, IReadOnlyList<string> names)
    {
        option.Validators.Add(result =>
        {
            var unknown = (result.GetValueOrDefault<string[]>() ?? [])
                .SelectMany(Split)
                .FirstOrDefault(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase));
            if (unknown is not null)
            {
                result.AddError($"{option.Name}: unknown output '{unknown}'; one of {string.Join(", ", names)}.");
            }
        });
        return option;
    }

    /// <summary>"--format json,graphml" is two values.</summary>
    public static IEnumerable<string> Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
