using Groundplan.Security;
using static Groundplan.Tests.Security.FakeSecrets;

namespace Groundplan.Tests.Security;

public sealed class PrivateKeyRuleTests
{
    [Theory]
    [InlineData("RSA ")]
    [InlineData("")]
    [InlineData("EC ")]
    [InlineData("ENCRYPTED ")]
    [InlineData("OPENSSH ")]
    public void Scan_MultiLinePemBlock_ReportsOnceAtItsBeginLine(string type)
    {
        // Given a key block starting on line 3, column 1
        var text = "# deploy key\n\n" + PemBlock(type) + "\n# end\n";

        // When the file is scanned
        var findings = SecretScanner.Default.Scan("keys/deploy.pem", text);

        // Then there is one finding, at the BEGIN line
        var finding = Assert.Single(findings);
        Assert.Equal(new SecretFinding("keys/deploy.pem", 3, 1, "private-key", "private-key"), finding);
    }

    [Fact]
    public void Find_PemBlock_SpansTheBodyOnly()
    {
        var text = PemBlock();

        SecretAssert.FindsOnly(text, "id_rsa", "private-key", "private-key", PemBody());
    }

    [Fact]
    public void Find_PgpPrivateKeyBlockWithHeaders_FindsTheBody()
    {
        // Given an armored PGP key with a header line and a blank line before the body
        var body = PemBody(6);
        var text = "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n" + body + "\n=" + Chars(Base64, 4, 9) + "\n-----END PGP PRIVATE KEY BLOCK-----\n";

        // Then the finding starts at the header and reaches the checksum
        var match = Assert.Single(SecretScanner.Default.Find(text, "secring.asc"));
        Assert.Equal(0, match.ReportAt);
        Assert.StartsWith("Version: GnuPG v2", text.Substring(match.Start, match.Length), StringComparison.Ordinal);
        Assert.Contains(body, text.Substring(match.Start, match.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ServiceAccountJson_ReportsAGcpKeyInsideTheEscapedString()
    {
        // Given a GCP service account file: the key is one JSON string with \n escapes
        var body = PemBody(newline: "\\n");
        var text = "{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"x@y.iam.gserviceaccount.com\"\n}\n";

        // Then the body between the escapes is the secret, reported as a service account key on line 3
        SecretAssert.FindsOnly(text, "sa.json", "gcp-service-account-key", "gcp-service-account-key", body);
        Assert.Equal(3, Assert.Single(SecretScanner.Default.Scan("sa.json", text)).Line);
    }

    [Fact]
    public void Find_UnclosedBlock_FindsTheBase64LinesAfterBegin()
    {
        var body = PemBody(4);
        var text = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\nthat is all I pasted\n";

        SecretAssert.FindsOnly(text, "notes.txt", "private-key", "private-key", body);
    }

    [Theory]
    [InlineData("-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\n<your private key here>\n-----END RSA PRIVATE KEY-----")]
    [InlineData("if (pem.indexOf(\"-----BEGIN PRIVATE KEY-----\") !== 0) throw new Error('not pkcs8');")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----")]
    public void Find_StubsAndPublicKeys_FindNothing(string text)
    {
        SecretAssert.FindsNothing(text, "docs/keys.md");
    }

    [Fact]
    public void Find_TwoBlocks_FindsBoth()
    {
        var text = PemBlock() + "\n\n" + PemBlock("EC ");

        var matches = SecretScanner.Default.Find(text, "bundle.pem");

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal(PemBody(), text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void Redact_PemBlock_KeepsTheArmorLines()
    {
        var text = PemBlock("OPENSSH ", newline: "\r\n");

        var redacted = SecretScanner.Default.Redact(text, "id_ed25519");

        Assert.Equal("-----BEGIN OPENSSH PRIVATE KEY-----\r\n[REDACTED:private-key]\r\n-----END OPENSSH PRIVATE KEY-----", redacted);
    }
}
