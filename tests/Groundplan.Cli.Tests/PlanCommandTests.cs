namespace Groundplan.Cli.Tests;

public sealed class PlanCommandTests
{
    private const string Request = "Let users bookmark posts";

    [Fact]
    public async Task Plan_Sample_SpecExportedToExportFolder()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", Request);

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(dir.Path, "EXPORT", "plan_let-users-bookmark-posts.md");
        Assert.StartsWith("# Plan: Let users bookmark posts (let-users-bookmark-posts)", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Contains("wrote EXPORT/plan_let-users-bookmark-posts.md", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ChecklistToStdout_OnlyThePlanBlockNothingWritten()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", Request, "--format", "checklist", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("### Implementation Plan: Let users bookmark posts", result.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Plan_ExistingOutput_RefusedWithoutForceReplacedWithForce()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "plan.json");
        await File.WriteAllTextAsync(target, "keep");

        var refused = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", Request, "--format", "json", "--out", "plan.json");
        var kept = await File.ReadAllTextAsync(target);
        var forced = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", Request, "--format", "json", "--out", "plan.json", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_RequestAndStoryFromFiles_BlueprintUsesThem()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "request.txt"), Request + "\n");
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "story.txt"), "Readers come back to what they saved.");

        var result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request-file", "request.txt", "--story-file", "story.txt", "--format", "blueprint", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Let users bookmark posts Implementation Plan", result.Out, StringComparison.Ordinal);
        Assert.Contains("readers come back to what they saved", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_RequestFromStandardInput_Planned()
    {
        using var dir = new TempDirectory();
        var original = Console.In;
        Console.SetIn(new StringReader(Request));
        CliRunner.Result result;
        try
        {
            result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", "-", "--format", "checklist", "--stdout");
        }
        finally
        {
            Console.SetIn(original);
        }

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("### Implementation Plan: Let users bookmark posts", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty request", "--request", "   ")]
    [InlineData("unknown format", "--request", Request, "--format", "pdf")]
    [InlineData("out and stdout", "--request", Request, "--out", "p.md", "--stdout")]
    [InlineData("unwritable output", "--request", Request, "--out", "missing/folder/p.md")]
    [InlineData("unknown engine", "--request", Request, "--engine", "gpt")]
    [InlineData("no request", "--format", "spec")]
    public async Task Plan_BadInput_OneLineErrorExitTwoNothingWritten(string why, params string[] args)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, ["plan", "--repo", TestPaths.Sample, .. args]);

        Assert.True(result.ExitCode == 2, why);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("groundplan: error:", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Plan_MissingRepo_ExitTwoNothingWritten()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", "nope", "--request", Request);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }
}
