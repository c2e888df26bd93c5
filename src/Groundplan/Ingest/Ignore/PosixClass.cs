namespace Groundplan.Ingest.Ignore;

/// <summary>The <c>[:name:]</c> classes inside a bracket expression, with the C locale's ASCII-only meaning that git uses.</summary>
internal static class PosixClass
{
    /// <summary>Whether <paramref name="b"/> is in the class; null when the class name is unknown (git then fails the whole match).</summary>
    public static bool? Matches(ReadOnlySpan<byte> name, byte b) => name switch
    {
        _ when name.SequenceEqual("alnum"u8) => IsAlpha(b) || IsDigit(b),
        _ when name.SequenceEqual("alpha"u8) => IsAlpha(b),
        _ when name.SequenceEqual("blank"u8) => b is (byte)' ' or (byte)'\t',
        _ when name.SequenceEqual("cntrl"u8) => b < 0x20 || b == 0x7F,
        _ when name.SequenceEqual("digit"u8) => IsDigit(b),
        _ when name.SequenceEqual("graph"u8) => b is > 0x20 and < 0x7F,
        _ when name.SequenceEqual("lower"u8) => b is >= (byte)'a' and <= (byte)'z',
        _ when name.SequenceEqual("print"u8) => b is >= 0x20 and < 0x7F,
        _ when name.SequenceEqual("punct"u8) => b is > 0x20 and < 0x7F && !IsAlpha(b) && !IsDigit(b),
        _ when name.SequenceEqual("space"u8) => b is (byte)' ' or (>= (byte)'\t' and <= (byte)'\r'),
        _ when name.SequenceEqual("upper"u8) => b is >= (byte)'A' and <= (byte)'Z',
        _ when name.SequenceEqual("xdigit"u8) => IsDigit(b) || b is (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'),
        _ => null,
    };

    private static bool IsAlpha(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
