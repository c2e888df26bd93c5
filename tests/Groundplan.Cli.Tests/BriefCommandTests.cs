namespace Groundplan.Cli.Tests;

public sealed class BriefCommandTests
{
    private const string Plan = "### Implementation Plan: Bookmarks\n\n#### Phase 1: Data Layer & Schema\n-   [ ] **1.1. Model**\n    -   [ ] Open `prisma/schema.prisma`.\n    -   [ ] Revalidate with `src/lib/cache-tags.ts`.\n";

    [Fact]
    public async Task Brief_PlanOverSample_PrintsBriefWithNamedFilesAttached()
    {
        // Given a plan file naming two files of the sample
        using var dir = new TempDirectory();
        dir.Write("plan.md", Plan);

        // When the brief is asked for
        var result = await CliRunner.InProcessAsync(dir.Path, "brief", "plan.md", "--repo", TestPaths.Sample);

        // Then it goes to standard output with the reflection first and both files attached
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Implementer brief: Bookmarks\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("### 1. Codebase-first analysis", result.Out, StringComparison.Ordinal);
        Assert.Contains("<file path=\"prisma/schema.prisma\">", result.Out, StringComparison.Ordinal);
        Assert.Contains("<file path=\"src/lib/cache-tags.ts\">", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_MissingPlanAndBadBudget_ReportsBothAndExits2()
    {
        // Given an empty folder
        using var dir = new TempDirectory();

        // When
        var result = await CliRunner.InProcessAsync(dir.Path, "brief", "nope.md", "--repo", TestPaths.Sample, "--max-tokens", "0");

        // Then
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("groundplan: error: --max-tokens must be positive\ngroundplan: error: nope.md: the plan file does not exist\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Empty(result.Out);
    }
}
