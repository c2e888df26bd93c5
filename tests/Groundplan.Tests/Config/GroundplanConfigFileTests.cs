using Groundplan.Config;
using Groundplan.Ingest;

namespace Groundplan.Tests.Config;

public sealed class GroundplanConfigFileTests
{
    [Fact]
    public void Find_FromNestedFolder_FindsTheNearestFileUpward()
    {
        // Given a config at the repository root and a nested folder
        using var dir = new TempDirectory();
        var config = dir.Write("repo/groundplan.json", "{}");
        dir.Write("repo/src/app/page.tsx", "");

        // When it is looked for from the nested folder
        var found = GroundplanConfigFile.Find(Path.Combine(dir.Path, "repo", "src", "app"));

        // Then the root's file is found
        Assert.Equal(config, found);
    }

    [Fact]
    public void Find_FileAboveTheGitRepository_IsNotUsed()
    {
        // Given a config above a git repository's top folder
        using var dir = new TempDirectory();
        dir.Write("groundplan.json", "{\"format\":\"json\"}");
        dir.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        dir.Write("repo/src/a.ts", "");

        // When it is looked for from inside the repository
        var found = GroundplanConfigFile.Find(Path.Combine(dir.Path, "repo", "src"));

        // Then the search stops at the repository's top
        Assert.Null(found);
    }

    [Fact]
    public void Load_AllKeys_ReadIntoTheConfiguration()
    {
        // Given a config with every key, comments and a lint section
        using var dir = new TempDirectory();
        var path = dir.Write("groundplan.json", """
            {
              // defaults for this repository
              "format": "blueprint",
              "engine": "offline",
              "include": ["src/**"],
              "ignore": ["**/*.snap", "dist/**"],
              "llm": { "provider": "anthropic", "model": "claude-x", "endpoint": "http://127.0.0.1:9/v1" },
              "lint": { "rules": { "GP402": "off" } },
            }
            """);

        // When it is loaded
        var config = GroundplanConfigFile.Load(path);

        // Then every value is there
        Assert.Equal(("blueprint", "offline", "anthropic", "claude-x", "http://127.0.0.1:9/v1"), (config.Format, config.Engine, config.Provider, config.Model, config.Endpoint));
        Assert.Equal(["src/**"], config.Include);
        Assert.Equal(["**/*.snap", "dist/**"], config.Ignore);
    }

    [Theory]
    [InlineData("{\n  \"format\": \"spec\",\n  \"formatt\": \"json\"\n}", "unknown key \"formatt\"", 3, 3)]
    [InlineData("{\n  \"ignore\": \"dist/**\"\n}", "\"ignore\" must be an array of glob strings", 2, 3)]
    [InlineData("{\n  \"llm\": { \"apiKey\": \"sk-1\" }\n}", "unknown key \"llm.apiKey\"", 2, 12)]
    [InlineData("{\n  \"format\": \n}", "not valid JSON", 3, 1)]
    [InlineData("[1]", "must be a JSON object", 1, 1)]
    public void Load_BadContent_ErrorNamesFileLineAndColumn(string json, string message, int line, int column)
    {
        // Given a config with a mistake
        using var dir = new TempDirectory();
        var path = dir.Write("groundplan.json", json);

        // When it is loaded
        var error = Assert.Throws<GroundplanException>(() => GroundplanConfigFile.Load(path));

        // Then the error says what is wrong and where
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((path, line, column), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void CodebaseLoader_ConfigIgnore_LeavesThoseFilesOut()
    {
        // Given a repository whose config ignores its notes
        using var dir = new TempDirectory();
        dir.Write("groundplan.json", "{\"ignore\": [\"notes/**\"]}");
        dir.Write("src/a.ts", "export const a = 1;\n");
        dir.Write("notes/todo.md", "- later\n");

        // When it is read, with and without the config file
        var withConfig = new CodebaseLoader().Load(dir.Path);
        var without = new CodebaseLoader().Load(dir.Path, new IngestOptions { UseConfigFile = false });

        // Then only the config's reading leaves the notes out
        Assert.Equal(["groundplan.json", "src/a.ts"], withConfig.Files.Select(f => f.Path));
        Assert.Equal(["groundplan.json", "notes/todo.md", "src/a.ts"], without.Files.Select(f => f.Path));
    }
}
