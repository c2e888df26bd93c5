using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Groundplan.Tokens;

/// <summary>Reads the rank file that build/tokenizer/export-ranks.mjs writes and the build embeds.</summary>
internal static class RankTableLoader
{
    public const string ResourceName = "Groundplan.Tokens.o200k_base.ranks";

    private const int HeaderLength = 16;
    private const uint FormatVersion = 1;
    private const byte StoredAsBytes = 0x80;
    private static ReadOnlySpan<byte> Magic => "GPRANKS\0"u8;

    public static RankTable LoadEmbedded()
    {
        using var stream = typeof(RankTableLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Groundplan.dll lacks the embedded resource {ResourceName}; it was built without build/Tokenizer.targets.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Parse(data);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RankTable Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < HeaderLength || !file[..Magic.Length].SequenceEqual(Magic))
        {
            throw Corrupt("it does not start with the GPRANKS header");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(file[8..]);
        if (version != FormatVersion)
        {
            throw Corrupt($"format version {version} is not {FormatVersion}");
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(file[12..]);
        if (count == 0 || count > (uint)(file.Length - HeaderLength) / 2)
        {
            throw Corrupt($"it claims {count} entries in {file.Length} bytes");
        }

        // Every entry has one head byte, so what is left is exactly the token bytes if the file is whole.
        var tokens = new byte[file.Length - HeaderLength - count];
        var offsets = new int[count + 1];
        var indexed = new bool[count];
        var position = HeaderLength;
        var written = 0;
        for (var rank = 0; rank < count; rank++)
        {
            // Seven bits of length cap tokens at RankTable.MaxTokenBytes. Staying within the token bytes keeps
            // the position inside the file too, since the heads of the entries still to come follow.
            var head = file[position];
            var length = (head & ~StoredAsBytes) + 1;
            position++;
            if (written + length > tokens.Length)
            {
                throw Corrupt($"entry {rank} runs past the end");
            }

            var token = file.Slice(position, length);
            token.CopyTo(tokens.AsSpan(written));
            offsets[rank] = written;
            // gpt-tokenizer looks valid UTF-8 up among its strings only, so a byte-array entry that happens to be valid UTF-8 is never found.
            indexed[rank] = (head & StoredAsBytes) == 0 || !Utf8.IsValid(token);
            position += length;
            written += length;
        }

        if (position != file.Length)
        {
            throw Corrupt($"{file.Length - position} bytes follow the last entry");
        }

        offsets[count] = written;
        return new RankTable(tokens, offsets, indexed);
    }

    private static InvalidDataException Corrupt(string why) =>
        new($"The o200k_base rank file is corrupt: {why}. Delete the obj folder of src/Groundplan and rebuild.");
}
