namespace Groundplan.Cli.Tests;

public sealed class PackSecretsTests
{
    // Built at run time so the repository never holds a credential-shaped literal.
    private static readonly string Token = "gh" + "p_" + "Zq7Lm2Xv9Rk4Tp8Wn3Yc6Hb1Jd5Fg0Ks2Ae7";
    private static readonly string Password = "Tr0ub4dor" + "-xK9q" + "Lm2vW8";

    [Fact]
    public async Task Pack_FileWithSecrets_ReportsWhereAndWhatNeverTheSecret()
    {
        // Given a repo whose config holds a token and a database password
        using var dir = new TempDirectory();
        dir.Write("repo/config/app.yml", $"name: shop\ngithub_token: {Token}\n");
        dir.Write("repo/src/db.ts", $"export const url = \"postgres://app:{Password}@db:5432/shop\";\n");

        // When packed without --redact
        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "repo", "-o", "out.xml");

        // Then both are reported with file:line:column and kind, and the summary never shows the values
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Secrets: 2 finding(s)", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"config/app\.yml:2:\d+: ", result.Out);
        Assert.Matches(@"src/db\.ts:1:\d+: ", result.Out);
        Assert.DoesNotContain(Token, result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_Redact_ReplacesSecretsInThePack()
    {
        using var dir = new TempDirectory();
        dir.Write("repo/config/app.yml", $"name: shop\ngithub_token: {Token}\n");
        dir.Write("repo/src/db.ts", $"export const url = \"postgres://app:{Password}@db:5432/shop\";\n");

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "repo", "-o", "out.md", "--style", "markdown", "--redact");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("redacted in the pack", result.Out, StringComparison.Ordinal);
        var pack = await File.ReadAllTextAsync(Path.Combine(dir.Path, "out.md"));
        Assert.DoesNotContain(Token, pack, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, pack, StringComparison.Ordinal);
        Assert.Contains("github_token: [REDACTED:", pack, StringComparison.Ordinal);
        Assert.Contains("postgres://app:[REDACTED:", pack, StringComparison.Ordinal);
    }
}
