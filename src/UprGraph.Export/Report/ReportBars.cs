namespace UprGraph.Export.Report;

/// <summary>A count drawn as a bar of block characters, scaled so the largest count of a table is <see cref="Width"/> long.</summary>
public static class ReportBars
{
    public const int Width = 20;

    public static string Of(int count, int largest)
    {
        if (count <= 0 || largest <= 0)
        {
            return "";
        }

        var length = Math.Max(1, (int)Math.Round(count * (double)Width / Math.Max(largest, Width), MidpointRounding.AwayFromZero));
        return new string('█', length);
    }
}
