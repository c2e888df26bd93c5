using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Groundplan.Tokens;

/// <summary>A fast, non-cryptographic hash for the short keys of the rank table and the piece cache.</summary>
/// <remarks>Not randomized: the keys come from a fixed vocabulary or are bounded in number, so flooding is not a concern.</remarks>
internal static class ByteHash
{
    private const ulong Seed = 0x9E3779B97F4A7C15;
    private const ulong Mix1 = 0xBF58476D1CE4E5B9;
    private const ulong Mix2 = 0x94D049BB133111EB;

    public static uint Of(ReadOnlySpan<char> text) => Of(MemoryMarshal.AsBytes(text));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Of(ReadOnlySpan<byte> key)
    {
        var h = Seed ^ ((ulong)key.Length * Mix2);
        while (key.Length >= 8)
        {
            h = Round(h, BinaryPrimitives.ReadUInt64LittleEndian(key));
            key = key[8..];
        }

        ulong tail = 0;
        if (key.Length >= 4)
        {
            tail = BinaryPrimitives.ReadUInt32LittleEndian(key);
            key = key[4..];
            for (var i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (32 + (8 * i));
            }
        }
        else
        {
            for (var i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (8 * i);
            }
        }

        h = Round(h, tail);
        return (uint)(h ^ (h >> 32));
    }

    /// <summary>Hashes a key of up to eight bytes already packed into <paramref name="packed"/>.</summary>
    public static uint Mix(ulong packed, int length)
    {
        var h = Round(Seed ^ ((ulong)length * Mix2), packed);
        return (uint)(h ^ (h >> 32));
    }

    private static ulong Round(ulong h, ulong value)
    {
        h = (h ^ value) * Mix1;
        h ^= h >> 31;
        return h * Mix2;
    }
}
