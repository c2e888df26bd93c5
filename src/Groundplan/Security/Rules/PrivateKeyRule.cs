using System.Buffers;

namespace Groundplan.Security.Rules;

/// <summary>
/// Private key blocks: the base64 body between a <c>-----BEGIN ... PRIVATE KEY-----</c> line and its END line,
/// also inside one-line strings with <c>\n</c> escapes as in a GCP service account's JSON.
/// </summary>
/// <remarks>The block is reported at its BEGIN line; redaction replaces the body and keeps both armor lines.</remarks>
internal sealed class PrivateKeyRule : ISecretRule
{
    public const string RuleId = "private-key";
    public const string GcpRuleId = "gcp-service-account-key";

    // Real keys hold hundreds of base64 characters; documentation stubs such as "MIIEow...\n...\n" hold a few dozen.
    private const int MinBase64 = 64;
    private const double MinEntropy = 4.0;
    private const int MaxBlock = 64 * 1024;
    private const int GcpLookBehind = 256;
    private const int MaxHeaderTail = 256;

    private static readonly SearchValues<char> Base64Chars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    public string Id => RuleId;

    // "-----" runs are everywhere in Markdown and comments; "-BEGIN" is not.
    public IReadOnlyList<SecretAnchor> Anchors { get; } = [new("-BEGIN", Offset: 4)];

    public int Priority => 0;

    public bool AppliesTo(FileFlavor flavor) => true;

    public void Match(string text, int begin, FileFlavor flavor, ICollection<SecretMatch> found)
    {
        var header = PrivateKeyPatterns.Begin().Match(text, begin);
        if (!header.Success)
        {
            return;
        }

        var start = header.Index + header.Length;
        var limit = Math.Min(text.Length, start + MaxBlock);
        var armor = text.AsSpan(start, limit - start).IndexOf("-----", StringComparison.Ordinal);
        var end = armor >= 0 && text.AsSpan(start + armor).StartsWith("-----END", StringComparison.Ordinal)
            ? start + armor
            : EndOfUnclosedBody(text, start, limit);
        (start, end) = TrimPadding(text, start, end);
        if (end <= start || !IsKeyMaterial(text.AsSpan(start, end - start)))
        {
            return;
        }

        var (id, kind) = IsInServiceAccountJson(text, begin) ? (GcpRuleId, GcpRuleId) : (RuleId, RuleId);
        found.Add(new SecretMatch(start, end - start, kind, id) { ReportAt = begin });
    }

    // Without an END line (a truncated paste), the body is the run of base64 and header lines after BEGIN.
    private static int EndOfUnclosedBody(string text, int start, int limit)
    {
        // The BEGIN line's own rest is short; bounding the search keeps a line of repeated headers linear.
        var lineStart = text.IndexOf('\n', start, Math.Min(MaxHeaderTail, limit - start)) + 1;
        var end = start;
        while (lineStart > 0 && lineStart < limit)
        {
            var lineEnd = text.IndexOf('\n', lineStart, limit - lineStart);
            var next = lineEnd < 0 ? limit : lineEnd;
            var line = text.AsSpan(lineStart, next - lineStart).Trim();
            var isHeader = line.Contains(':') && end == start;
            if (!line.IsEmpty && !isHeader && (line.ContainsAnyExcept(Base64Chars) || line.Length < 16))
            {
                break;
            }

            end = line.IsEmpty ? end : next;
            lineStart = lineEnd < 0 ? limit : lineEnd + 1;
        }

        return end;
    }

    // Leading and trailing whitespace and "\n" escapes belong to the armor, not to the secret.
    private static (int Start, int End) TrimPadding(string text, int start, int end)
    {
        while (start < end)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            else if (text[start] == '\\' && start + 1 < end && text[start + 1] is 'n' or 'r')
            {
                start += 2;
            }
            else
            {
                break;
            }
        }

        while (end > start)
        {
            if (char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            else if (end - 2 >= start && text[end - 2] == '\\' && text[end - 1] is 'n' or 'r')
            {
                end -= 2;
            }
            else
            {
                break;
            }
        }

        return (start, end);
    }

    // Encoded key material is dense base64 (close to 6 bits per character); stubs ("XXXX", "...") and filler are not.
    private static bool IsKeyMaterial(ReadOnlySpan<char> body)
    {
        Span<int> counts = stackalloc int[128];
        var total = 0;
        foreach (var c in body)
        {
            if (c < 128 && Base64Chars.Contains(c))
            {
                counts[c]++;
                total++;
            }
        }

        if (total < MinBase64)
        {
            return false;
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / total;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy >= MinEntropy;
    }

    private static bool IsInServiceAccountJson(string text, int anchor)
    {
        var from = Math.Max(0, anchor - GcpLookBehind);
        var before = text.AsSpan(from, anchor - from);
        var newline = before.LastIndexOf('\n');
        return before[(newline + 1)..].Contains("\"private_key\"", StringComparison.Ordinal);
    }
}
