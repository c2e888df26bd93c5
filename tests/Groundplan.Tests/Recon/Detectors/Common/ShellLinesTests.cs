using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Tests.Recon.Detectors.Common;

public sealed class ShellLinesTests
{
    private static string Commands(string script, bool dropTrivia = false) =>
        string.Concat(ShellLines.Split(script, dropTrivia).Select(c => $"{c.Offset}: {c.Command}\n"));

    [Fact]
    public void Split_OneLineControlAndGroups_KeepsTheCommandsInside()
    {
        // Given control structures written on one line, a condition that is a command, a loop and a { } group
        var script = """
            if [ -f go.mod ]; then go test ./...; fi
            if ! git diff --quiet; then
              git status
            fi
            for dir in api web; do make -C "$dir" lint; done
            test -f .env || { cp .env.example .env; }
            while true
            do
              curl -sf http://localhost:3000 && break
            done
            """;

        // When it is split into commands
        var commands = Commands(script);

        // Then the keywords are gone and every command that runs is kept where it starts
        Assert.Equal(
            "0: go test ./...\n1: git diff --quiet\n2: git status\n4: make -C \"$dir\" lint\n5: test -f .env || { cp .env.example .env; }\n8: curl -sf http://localhost:3000 && break\n",
            commands);
    }

    [Fact]
    public void Split_HereDocumentsAndContinuedPipelines_ReadAsOneCommand()
    {
        // Given a here-document, a pipeline broken after '|' and '&&', and a substitution over two lines
        var script = """
            cat > .env <<'EOF'
            DATABASE_URL=postgres://localhost/app
            if this were shell it would be a command
            EOF
            go list ./... |
              grep -v /vendor/ &&
              echo done
            TAGS=$(git tag --list
              | head -1)
            npm test
            """;

        // When it is split into commands, trivia dropped
        var commands = Commands(script, dropTrivia: true);

        // Then the here-document body is skipped, the pipeline is one command, the assignment is left out
        Assert.Equal("0: cat > .env <<'EOF'\n4: go list ./... | grep -v /vendor/ && echo done\n9: npm test\n", commands);
    }

    [Fact]
    public void Split_TriviaKeptUnlessAsked_AndPipedEchoIsACommand()
    {
        // Given set, an assignment, an env-prefixed command, echo and an echo piped into a login
        var script = "set -euo pipefail\nVERSION=1.2\nCI=true npm test\necho hello\necho \"$TOKEN\" | docker login --password-stdin\nexport PATH=$PATH:bin\n";

        // When it is split with and without dropping trivia
        var all = Commands(script);
        var useful = Commands(script, dropTrivia: true);

        // Then only the trivia are left out, and only when asked
        Assert.Equal(6, all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("2: CI=true npm test\n4: echo \"$TOKEN\" | docker login --password-stdin\n", useful);
    }

    [Fact]
    public void StripComment_HashInsideQuotesOrExpansion_IsNotAComment()
    {
        // Given commands with '#' in quotes, in ${#var}, and a real trailing comment with an apostrophe
        // When the comment is stripped
        // Then only the real comment goes
        Assert.Equal("echo \"a # b\"", ShellLines.StripComment("echo \"a # b\""));
        Assert.Equal("test ${#body} -gt 3", ShellLines.StripComment("test ${#body} -gt 3"));
        Assert.Equal("make lint", ShellLines.StripComment("make lint  # don't skip"));
    }
}
