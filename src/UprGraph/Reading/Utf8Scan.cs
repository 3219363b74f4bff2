using System.Buffers;
using System.Text;

namespace UprGraph.Reading;

/// <summary>
/// One pass over bytes read as UTF-8: how many invalid sequences there are, where the first starts, and whether any
/// valid multi-byte sequence occurs (which tells UTF-8 with a few bad bytes from a single-byte code page).
/// </summary>
internal readonly record struct Utf8Scan(int Invalid, int FirstInvalid, bool HasMultiByte)
{
    public bool IsValid => Invalid == 0;

    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var first = -1;
        var multiByte = false;
        var offset = 0;
        while (offset < bytes.Length)
        {
            // ASCII runs are skipped in bulk; only the bytes from 0x80 up are decoded one sequence at a time.
            var ascii = bytes[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }

            offset += ascii;
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == OperationStatus.Done)
            {
                multiByte = true;
            }
            else
            {
                invalid++;
                first = first < 0 ? offset : first;
            }

            offset += Math.Max(1, consumed);
        }

        return new Utf8Scan(invalid, first, multiByte);
    }
}
