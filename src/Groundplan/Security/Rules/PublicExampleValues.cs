using System.Security.Cryptography;
using System.Text;

namespace Groundplan.Security.Rules;

/// <summary>Credentials a vendor publishes for everyone to use, which guard nothing and appear in countless samples.</summary>
/// <remarks>Kept as SHA-256 digests so this repository never holds a credential-shaped literal.</remarks>
internal static class PublicExampleValues
{
    private static readonly HashSet<string> Digests = new(StringComparer.Ordinal)
    {
        // The Azurite / Azure Storage Emulator key of account "devstoreaccount1" (UseDevelopmentStorage=true).
        "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059",
    };

    public static bool Contains(ReadOnlySpan<char> value)
    {
        Span<byte> utf8 = stackalloc byte[512];
        if (Encoding.UTF8.GetMaxByteCount(value.Length) > utf8.Length)
        {
            return false;
        }

        var length = Encoding.UTF8.GetBytes(value, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..length], hash);
        return Digests.Contains(Convert.ToHexStringLower(hash));
    }
}
