namespace UprGraph.Reading;

/// <summary>
/// Tells UTF-16 text without a byte order mark from other bytes with NULs: in UTF-16 of mostly Latin text, every other
/// byte is zero (the odd ones in little-endian, the even ones in big-endian) and the bytes between are not.
/// </summary>
internal static class Utf16Shape
{
    private const int Sample = 4096;

    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Sample) & ~1)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return (oddZeros * 10 >= pairs * 6 && evenZeros * 20 <= pairs) || (evenZeros * 10 >= pairs * 6 && oddZeros * 20 <= pairs);
    }
}
