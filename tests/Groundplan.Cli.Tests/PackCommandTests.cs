using System.Text.Json;

namespace Groundplan.Cli.Tests;

public sealed class PackCommandTests
{
    [Fact]
    public async Task Pack_Sample_WritesPackAndPrintsSummary()
    {
        // Given an empty output folder
        using var dir = new TempDirectory();

        // When the sample app is packed, as the README's first command does
        var result = await CliRunner.ProcessAsync(dir.Path, "pack", "--repo", TestPaths.Sample, "-o", "inkwell.xml");

        // Then the pack exists with repomix's sections and the summary names files, tokens and the top files
        Assert.Equal(0, result.ExitCode);
        var pack = await File.ReadAllTextAsync(Path.Combine(dir.Path, "inkwell.xml"));
        Assert.Contains("<directory_structure>", pack, StringComparison.Ordinal);
        Assert.Contains("<file path=\"prisma/schema.prisma\">", pack, StringComparison.Ordinal);
        Assert.Matches(@"^Packed \d+ files, [\d,]+ tokens", result.Out);
        Assert.Contains("Top files by tokens:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Secrets: none found", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Pack_ToStandardOutput_PackOnStdoutSummaryOnStderr()
    {
        using var dir = new TempDirectory();
        dir.Write("repo/src/a.ts", "export const a = 1;\n");

        var result = await CliRunner.ProcessAsync(dir.Path, "pack", "--repo", "repo", "-o", "-", "--style", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## File: src/a.ts\n```typescript\nexport const a = 1;\n", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("Packed 1 files", result.Error, StringComparison.Ordinal);
        Assert.Equal(["repo"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Pack_Json_SummaryIsMachineReadable()
    {
        using var dir = new TempDirectory();
        dir.Write("repo/a.py", "print('hi')\n");
        dir.Write("repo/big.txt", new string('x', 500));

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "repo", "-o", "out.json", "--style", "json", "--json", "--max-file-size", "100");

        Assert.Equal(0, result.ExitCode);
        using var summary = JsonDocument.Parse(result.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("files").GetInt32());
        Assert.Equal("too large", summary.RootElement.GetProperty("notes")[0].GetProperty("kind").GetString());
        using var pack = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "out.json")));
        Assert.Equal("print('hi')\n", pack.RootElement.GetProperty("files").GetProperty("a.py").GetString());
    }

    [Fact]
    public async Task Pack_OutputInsideTheTree_IsNotPackedOnTheNextRun()
    {
        using var dir = new TempDirectory();
        dir.Write("a.ts", "let a = 1;\n");

        await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", ".", "-o", "pack.xml");
        var second = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", ".", "-o", "pack.xml");

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Packed 1 files", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<file path=\"pack.xml\">", await File.ReadAllTextAsync(Path.Combine(dir.Path, "pack.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_EmptyRepo_PacksNothingAndSucceeds()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, "empty"));

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "empty", "-o", "out.xml");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Packed 0 files, 0 tokens", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out.xml")));
    }

    [Fact]
    public async Task Pack_TruncatedPack_ExitsTwoNamingLineAndColumnAndWritesNothing()
    {
        // Given a parsable-XML pack cut off in the middle of a file
        using var dir = new TempDirectory();
        dir.Write("broken.xml", "<repomix><files>This section.<file path=\"a.ts\">export const");

        // When it is packed again
        var result = await CliRunner.ProcessAsync(dir.Path, "pack", "--repo", "broken.xml", "-o", "out.xml");

        // Then one line names the pack and the position, and no output file exists
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"broken\.xml:\d+:\d+: ", line);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.xml")));
        Assert.Single(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Pack_PackWithParentPath_RefusedAndNothingWritten()
    {
        using var dir = new TempDirectory();
        dir.Write("in/evil.md", "# Files\n\n## File: ../../outside.txt\n```\npwned\n```\n");

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "in/evil.md", "-o", "out.xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'..'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.xml")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "..", "outside.txt")));
    }

    [Fact]
    public async Task Pack_GitRevision_ReadsTheCommitNotTheWorkingTree()
    {
        // Given a repository whose working tree changed after the commit
        using var dir = new TempDirectory();
        dir.Write("repo/a.txt", "committed\n");
        TestGit.Init(dir.Path + "/repo");
        TestGit.CommitAll(dir.Path + "/repo", "one");
        dir.Write("repo/a.txt", "changed\n");

        // When HEAD is packed
        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "repo", "--rev", "HEAD", "-o", "-", "--style", "json", "--no-file-summary");

        // Then the committed content is packed
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("committed", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_BadRevision_ExitsTwoNamingTheRevision()
    {
        using var dir = new TempDirectory();
        dir.Write("repo/a.txt", "x\n");
        TestGit.Init(dir.Path + "/repo");

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "repo", "--rev", "no-such-branch", "-o", "out.xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-branch", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.xml")));
    }
}
