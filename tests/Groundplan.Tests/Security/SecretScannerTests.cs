using Groundplan.Model;
using Groundplan.Security;
using static Groundplan.Tests.Security.FakeSecrets;

namespace Groundplan.Tests.Security;

public sealed class SecretScannerTests
{
    [Fact]
    public void Scan_SecretOnThirdLine_ReportsOneBasedLineAndColumn()
    {
        // Given a token at line 3, after 13 characters
        var text = "line one\nline two\nconst key = \"" + GitHubClassic() + "\";\n";

        // When scanned
        var finding = Assert.Single(SecretScanner.Default.Scan("src/a.js", text));

        // Then the position is 1-based and points at the token's first character
        Assert.Equal((3, 14), (finding.Line, finding.Column));
    }

    [Fact]
    public void Scan_SurrogatePairsAndCrLf_CountsColumnsInUtf16Units()
    {
        // Given CRLF line ends and an emoji (two UTF-16 units) before the secret on line 2
        var text = "first\r\n😀 x = \"" + Npm() + "\"\r\n";

        var finding = Assert.Single(SecretScanner.Default.Scan("notes.txt", text));

        // Then the column counts the emoji as two characters: 😀(2) space x space = space " → column 9
        Assert.Equal((2, 9), (finding.Line, finding.Column));
    }

    [Fact]
    public void Scan_SeveralSecrets_ReportsThemInTextOrder()
    {
        var text = $"A={Npm()}\n\nB={StripeLive()} C={SendGrid()}\n";

        var findings = SecretScanner.Default.Scan("keys.env", text);

        Assert.Equal(
            [(1, 3, "npm-access-token"), (3, 3, "stripe-live-key"), (3, 38, "sendgrid-api-key")],
            findings.Select(f => (f.Line, f.Column, f.RuleId)));
    }

    [Fact]
    public void Scan_Files_ScansAllAndSortsByPathLineColumn()
    {
        // Given files out of order, some with secrets and one without
        SourceFile[] files =
        [
            File("z/last.env", $"X={Npm()}\nY={StripeLive()}\n"),
            File("a/first.js", $"\n\nconst t = \"{GitHubClassic()}\";"),
            File("m/clean.md", "nothing to see here"),
            File("a/b.txt", $"key {GcpApiKey()}"),
        ];

        // When the set is scanned in parallel
        var findings = SecretScanner.Default.Scan(files);

        // Then findings come back sorted by path (ordinal), then line
        Assert.Equal(
            [("a/b.txt", 1, "gcp-api-key"), ("a/first.js", 3, "github-token"), ("z/last.env", 1, "npm-access-token"), ("z/last.env", 2, "stripe-live-key")],
            findings.Select(f => (f.Path, f.Line, f.RuleId)));
    }

    [Fact]
    public void FindingsAndMatches_ToString_NeverShowTheSecret()
    {
        // Given every kind of secret in one text
        var secrets = new[] { GitHubClassic(), AwsAccessKeyId(), PemBody(), HumanPassword(), Jwt(), OpenAiProject() };
        var text = $"token: {secrets[0]}\nid: {secrets[1]}\n{PemBlock()}\npassword: {secrets[3]}\njwt: {secrets[4]}\nkey: {secrets[5]}\n";

        // When found and printed
        var printed = string.Join("\n", SecretScanner.Default.Scan("dump.yml", text).Select(f => f.ToString())
            .Concat(SecretScanner.Default.Find(text, "dump.yml").Select(m => m.ToString())));

        // Then no secret, nor any 6-character piece of one, appears in the output
        Assert.Equal(6, SecretScanner.Default.Find(text, "dump.yml").Count);
        foreach (var secret in secrets)
        {
            for (var i = 0; i + 6 <= secret.Length; i += 3)
            {
                Assert.DoesNotContain(secret.Substring(i, 6), printed, StringComparison.Ordinal);
            }
        }
    }

    // A megabyte of one letter, and about 250 KB each of repeated anchors (each repetition is a hit that runs rules).
    public static TheoryData<string> Pathological => new()
    {
        new string('a', 1_000_000),
        Repeat("gh" + "p_", 60_000),
        Repeat("-----BEGIN PRIVATE KEY-----", 10_000),
        "-----BEGIN PRIVATE KEY-----\n" + new string('A', 1_000_000),
        Repeat("password=", 28_000),
        Repeat("token", 50_000),
        new string('k', 1_000_000) + "_token = \"" + Chars(Alnum, 32, 80) + "\"",
        Repeat("ab://", 50_000),
        "x://u:" + Repeat("a@", 125_000),
        Repeat("eyJ" + new string('a', 5000) + " ", 50),
        "xo" + "xb-" + Repeat("1-", 125_000),
        Repeat("AK" + "IA", 60_000),
        Repeat("sk" + "-", 80_000),
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Find_PathologicalInput_FindsNothing(string text)
    {
        // Each anchor hit costs at most a bounded pattern attempt, so these finish; the assertion is on correctness.
        SecretAssert.FindsNothing(text, path: null);
    }

    [Fact]
    public void Find_SecretAfterMegabyteLine_StillFindsIt()
    {
        var token = GitHubClassic();
        var text = new string('a', 1_000_000) + "\n" + token;

        SecretAssert.FindsOnly(text, "big.txt", "github-token", "github-token", token);
        Assert.Equal(2, Assert.Single(SecretScanner.Default.Scan("big.txt", text)).Line);
    }

    [Fact]
    public void Find_NoAnchors_ReturnsEmpty()
    {
        Assert.Empty(SecretScanner.Default.Find("", null));
        Assert.Empty(SecretScanner.Default.Scan("a.txt", "just text, no secrets"));
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static SourceFile File(string path, string text) => new()
    {
        Path = path,
        Language = "",
        Size = text.Length,
        LineCount = text.Count(c => c == '\n') + 1,
        Text = text,
        TokenCount = 0,
        Origin = new FileOrigin(OriginKind.Directory, "/repo"),
    };
}
