using System.Text.Json;
using Groundplan.Ingest;

namespace Groundplan.Tests.Ingest;

/// <summary>Reading a fixture repository gives the files repomix packed, with repomix's own per-file token counts.</summary>
public sealed class RepomixParityTests
{
    [Theory]
    [InlineData("webapp-mini")]
    [InlineData("edge-cases")]
    public void Load_FixtureRepo_SameFilesAndTokenCountsAsRepomix(string repo)
    {
        // Given repomix 1.14.0's per-file counts for the fixture (tests/fixtures/packs/regen.sh)
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "packs", repo, "tokens.json")));
        var expected = json.RootElement.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

        // When the repository is read from disk
        var codebase = new CodebaseLoader().Load(Path.Combine(TestPaths.Fixtures, "repos", repo));

        // Then the same files, each with the same number of tokens (tokens.json's totalTokens counts the whole pack, so sum the files)
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), codebase.Files.Select(f => f.Path));
        Assert.All(codebase.Files, f => Assert.True(expected[f.Path] == f.TokenCount, $"{f.Path}: repomix {expected[f.Path]}, groundplan {f.TokenCount}"));
        Assert.Equal(expected.Values.Sum(v => (long)v), codebase.TotalTokens);
    }
}
