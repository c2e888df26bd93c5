using System.Text;
using System.Text.Json;

namespace Groundplan.Tests.Tokens;

/// <summary>gpt-tokenizer's counts for the texts under tests/fixtures/tokens, written by its regen.sh.</summary>
internal static class TokenFixtures
{
    private static readonly Lazy<JsonElement> Expected = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "expected.json"))).RootElement);

    public static string Folder => Path.Combine(TestPaths.Fixtures, "tokens");

    public static IEnumerable<ExpectedFile> Files =>
        Expected.Value.GetProperty("files").EnumerateArray()
            .Select(e => new ExpectedFile(e.GetProperty("path").GetString()!, e.GetProperty("count").GetInt32()));

    public static IEnumerable<ExpectedText> Cases => Expected.Value.GetProperty("cases").EnumerateArray().Select(ReadText);

    public static IEnumerable<ExpectedText> RandomTexts => Expected.Value.GetProperty("random").EnumerateArray().Select(ReadText);

    /// <summary>Reads a corpus file the way the regen script does: UTF-8, keeping any byte-order mark.</summary>
    public static string ReadCorpusFile(string relativePath) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Folder, relativePath)));

    private static ExpectedText ReadText(JsonElement e, int index)
    {
        // Texts with lone surrogates are stored as UTF-16 code units: JSON readers reject them as escapes.
        var text = e.TryGetProperty("text", out var plain)
            ? plain.GetString()!
            : new string(e.GetProperty("utf16").EnumerateArray().Select(u => (char)u.GetInt32()).ToArray());
        var name = e.TryGetProperty("name", out var n) ? n.GetString()! : $"random #{index}";
        var tokens = e.GetProperty("tokens").EnumerateArray().Select(t => t.GetInt32()).ToArray();
        var pieces = e.GetProperty("pieces").EnumerateArray().Select(p => p.GetInt32()).ToArray();
        return new ExpectedText(name, text, e.GetProperty("count").GetInt32(), tokens, pieces);
    }
}
