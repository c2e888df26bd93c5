using System.Buffers.Text;
using System.Text;

namespace Groundplan.Security.Rules;

/// <summary>Tells a real JSON Web Token from three base64 runs that only look like one.</summary>
internal static class JwtCheck
{
    /// <summary>Whether the header decodes to JSON naming an algorithm and the payload is not jwt.io's well-known sample.</summary>
    public static bool LooksReal(string token)
    {
        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        var secondDot = token.IndexOf('.', firstDot + 1);
        var header = Decode(token.AsSpan(0, firstDot));
        if (header is null || !header.Contains("\"alg\"", StringComparison.Ordinal))
        {
            return false;
        }

        // The sample every JWT tutorial copies from jwt.io: its signing key is public, so it guards nothing.
        var payload = Decode(token.AsSpan(firstDot + 1, secondDot - firstDot - 1));
        return payload is not null
            && !(payload.Contains("\"John Doe\"", StringComparison.Ordinal) && payload.Contains("\"1234567890\"", StringComparison.Ordinal));
    }

    private static string? Decode(ReadOnlySpan<char> part)
    {
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(part));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
