using Groundplan.Security;

namespace Groundplan.Tests.Security;

/// <summary>Checks on what the scanner found, by rule, kind and exact span.</summary>
internal static class SecretAssert
{
    /// <summary>Asserts the text holds exactly one secret, <paramref name="secret"/>, found by <paramref name="ruleId"/> as <paramref name="kind"/>.</summary>
    public static void FindsOnly(string text, string? path, string ruleId, string kind, string secret)
    {
        var matches = SecretScanner.Default.Find(text, path);

        var match = Assert.Single(matches);
        Assert.Equal((ruleId, kind), (match.RuleId, match.Kind));
        Assert.Equal(secret, text.Substring(match.Start, match.Length));
    }

    /// <summary>Asserts the text holds no secret at all.</summary>
    public static void FindsNothing(string text, string? path)
    {
        var matches = SecretScanner.Default.Find(text, path);

        Assert.True(matches.Count == 0, $"expected no secret, found {string.Join(", ", matches.Select(m => $"{m.RuleId} at {m.Start} '{text.Substring(m.Start, Math.Min(m.Length, 40))}'"))}");
    }
}
