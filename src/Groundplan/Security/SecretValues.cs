using System.Buffers;

namespace Groundplan.Security;

/// <summary>Measures how a candidate value is shaped: randomness, runs, counting sequences, paths and member names.</summary>
/// <remarks>Only candidates reach these checks, so they favour clarity over speed.</remarks>
internal static class SecretValues
{
    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");

    /// <summary>Whether a machine-made token looks random: long enough, varied, no placeholder words, runs or counting sequences.</summary>
    public static bool LooksRandom(ReadOnlySpan<char> value, int minLength = 12)
    {
        if (value.Length < minLength || !IsPrintableAscii(value) || HasRun(value, 5) || HasSequence(value, 6))
        {
            return false;
        }

        if (Placeholders.HasPlaceholderWord(value))
        {
            return false;
        }

        // Random strings of n symbols carry close to log2(n) bits per symbol; demand three quarters of that.
        var wanted = Math.Min(3.2, 0.75 * Math.Log2(value.Length));
        return Entropy(value) >= wanted;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 127]++;
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / value.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>Whether some character repeats <paramref name="length"/> times in a row.</summary>
    public static bool HasRun(ReadOnlySpan<char> value, int length)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value counts up or down for <paramref name="length"/> characters, as in <c>abcdef</c> or <c>123456</c>.</summary>
    public static bool HasSequence(ReadOnlySpan<char> value, int length)
    {
        int up = 1, down = 1;
        for (var i = 1; i < value.Length; i++)
        {
            up = value[i] == value[i - 1] + 1 ? up + 1 : 1;
            down = value[i] == value[i - 1] - 1 ? down + 1 : 1;
            if (up >= length || down >= length)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPrintableAscii(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('!', '~');

    /// <summary>Whether the value is a file path or URL rather than a credential.</summary>
    public static bool LooksLikePath(ReadOnlySpan<char> value) =>
        value.StartsWith('/') || value.StartsWith("~/") || value.StartsWith("./") || value.StartsWith("../")
        || (value.Length > 2 && value[1] == ':' && value[2] is '\\' or '/')
        || value.Contains("://", StringComparison.Ordinal);

    /// <summary>Whether the value is a dotted name such as <c>this.token</c> or <c>settings.Secret</c>.</summary>
    public static bool IsDottedName(ReadOnlySpan<char> value)
    {
        if (!value.Contains('.'))
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            var segment = value[part];
            if (segment.IsEmpty || char.IsAsciiDigit(segment[0]) || segment.ContainsAnyExcept(IdentifierChars))
            {
                return false;
            }
        }

        return true;
    }

}
