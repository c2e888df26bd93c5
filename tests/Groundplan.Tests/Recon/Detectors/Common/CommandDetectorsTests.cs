namespace Groundplan.Tests.Recon.Detectors.Common;

public sealed class CommandDetectorsTests
{
    [Fact]
    public void Detect_TaskfileAndMakefileWithoutRecipe_ReportsTasksAndPrerequisites()
    {
        // Given a Taskfile with both task shapes and a Makefile target made only of other targets
        using var dir = new TempDirectory();
        dir.Write("Taskfile.yml", "version: '3'\ntasks:\n  build:\n    cmds:\n      - go build ./...\n      - task: lint\n  lint:\n    - golangci-lint run\n");
        dir.Write("Makefile", "VERSION := 1.0\nall: build test\n\nbuild:\n\t@go build ./...\n");

        // When the commands are detected
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "command"));

        // Then each task and target is named as people run it, with what it runs
        Assert.Equal(
            "command | make all | make build test | Found | Makefile:2\n" +
            "command | make build | go build ./... | Found | Makefile:4\n" +
            "command | task build | go build ./... && task lint | Found | Taskfile.yml:3\n" +
            "command | task lint | golangci-lint run | Found | Taskfile.yml:7\n",
            lines);
    }

    [Fact]
    public void Detect_MakeRecipeWithSilentIfBlock_ReportsTheCommandsInsideIt()
    {
        // Given a recipe whose '@if' block runs over continued lines, with an option line that starts with '-'
        using var dir = new TempDirectory();
        dir.Write("Makefile", "test:\n\t@if [ -f go.mod ]; then \\\n\t\tgo test \\\n\t\t-race ./...; \\\n\tfi\n\t-rm -f cover.out\n");

        // When the commands are detected
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "command"));

        // Then the target runs the go test inside the if and the rm, without '@', '-', if or fi
        Assert.Equal("command | make test | go test -race ./... && rm -f cover.out | Found | Makefile:1\n", lines);
    }

    [Fact]
    public void Detect_ReadmeCommandsOfToolsTheRepoDoesNotUse_AreLeftOut()
    {
        // Given a README that documents setup with tools this repository has no sign of, and one it has
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/app\n\ngo 1.23\n");
        dir.Write("README.md", "# App\n\n```bash\nbrew install postgresql\nsudo apt-get install jq\nnpm install -g something\ngo test ./...\n```\n\n```\n$ go run ./cmd/app\nlistening\n```\n");

        // When the documented commands are detected
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path).Where(f => f.Topic == "command"));

        // Then only the go commands are reported, the prompt one from a plain fence too
        Assert.Equal(
            "command | go run ./cmd/app | documented in README.md | Found | README.md:11\n" +
            "command | go test ./... | documented in README.md | Found | README.md:7\n",
            lines);
    }
}
