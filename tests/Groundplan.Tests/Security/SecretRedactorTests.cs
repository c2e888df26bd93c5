using Groundplan.Security;

namespace Groundplan.Tests.Security;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Redact_Matches_ReplacesEachSpanWithItsKind()
    {
        var text = "a=SECRET1 b=SECRET2";
        SecretMatch[] matches = [new(12, 7, "token", "r2"), new(2, 7, "password", "r1")];

        var redacted = SecretRedactor.Redact(text, matches);

        Assert.Equal("a=[REDACTED:password] b=[REDACTED:token]", redacted);
    }

    [Fact]
    public void Redact_OverlappingMatches_HidesTheUnion()
    {
        var text = "key=ABCDEFGHIJ end";
        SecretMatch[] matches = [new(4, 4, "secret", "r1"), new(6, 8, "token", "r2")];

        var redacted = SecretRedactor.Redact(text, matches);

        Assert.Equal("key=[REDACTED:secret] end", redacted);
    }

    [Fact]
    public void Redact_NoMatches_ReturnsTheSameText()
    {
        var text = "nothing here";

        Assert.Same(text, SecretRedactor.Redact(text, []));
    }

    [Fact]
    public void Redact_MatchOutsideText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SecretRedactor.Redact("short", [new SecretMatch(3, 10, "token", "r")]));
    }

    [Fact]
    public void Redact_ScannerOutput_LeavesNoSecretBehind()
    {
        // Given a config file with several secrets
        var password = FakeSecrets.HumanPassword();
        var token = FakeSecrets.GitHubClassic();
        var text = $"DB_PASSWORD={password}\nGITHUB_TOKEN={token}\nDATABASE_URL=postgres://app:{password}@db/shop\n";

        // When redacted
        var redacted = SecretScanner.Default.Redact(text, ".env");

        // Then the keys and structure survive and the secrets are gone
        Assert.Equal(
            "DB_PASSWORD=[REDACTED:password]\nGITHUB_TOKEN=[REDACTED:github-token]\nDATABASE_URL=postgres://app:[REDACTED:password]@db/shop\n",
            redacted);
        Assert.Empty(SecretScanner.Default.Find(redacted, ".env"));
    }
}
