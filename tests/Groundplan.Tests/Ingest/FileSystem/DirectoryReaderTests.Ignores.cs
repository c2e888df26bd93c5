using Groundplan.Ingest;
using static Groundplan.Tests.Ingest.FileSystem.DirectoryReads;

namespace Groundplan.Tests.Ingest.FileSystem;

public sealed partial class DirectoryReaderTests
{
    private static readonly IngestOptions GitignoreOnly = new() { UseDefaultIgnores = false };

    /// <summary>Trees with ignore files at several levels; git's list of untracked, not-ignored files is the expected answer.</summary>
    public static TheoryData<string, string[]> Trees() => new()
    {
        { "deeper .gitignore overrides shallower", [".gitignore=*.txt", "a.txt", "sub/.gitignore=!*.txt", "sub/b.txt", "sub/deeper/.gitignore=*.txt", "sub/deeper/c.txt", "sub/deeper/d.md"] },
        { "negation under an excluded folder", [".gitignore=logs/\n!logs/keep.txt", "logs/keep.txt", "logs/drop.txt", "other/keep.txt"] },
        { "negation after folder/*", [".gitignore=logs/*\n!logs/keep.txt", "logs/keep.txt", "logs/drop.txt", "logs/sub/keep.txt"] },
        { "directory-only patterns", [".gitignore=out/\ncache/", "out/a.js", "src/out/b.js", "src/out.js", "cache", "x/cache/y"] },
        { "anchored in a nested file", ["sub/.gitignore=/x\ny/z", "x", "sub/x", "sub/deep/x", "sub/y/z", "sub/deep/y/z"] },
        { "double star in a nested file", ["pkg/.gitignore=**/gen/**\n!**/gen/keep.go", "pkg/gen/a.go", "pkg/a/gen/keep.go", "pkg/a/gen/b.go", "gen/c.go"] },
        { "re-included folder with excluded files", [".gitignore=*\n!*/\n!*.cs", "a.cs", "a.txt", "src/b.cs", "src/b.txt"] },
        { "info/exclude loses to .gitignore", [".git/info/exclude=secret*\n*.tmp", ".gitignore=!secret-ok", "secret-1", "secret-ok", "a.tmp", "b.txt"] },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Read_GitignoreTree_KeepsWhatGitKeeps(string scenario, string[] files)
    {
        // Given a git work tree with ignore files at several levels
        using var folder = new TempDirectory();
        TestGit.Init(folder.Path);
        foreach (var file in files)
        {
            var (path, text) = file.Contains('=') ? (file[..file.IndexOf('=')], file[(file.IndexOf('=') + 1)..]) : (file, file);
            folder.Write(path, text);
        }

        // When git lists the untracked files it does not ignore, and we read the tree
        var expected = TestGit.Run(folder.Path, "ls-files", "--others", "--exclude-standard", "-z")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var actual = Paths(Read(folder.Path, GitignoreOnly));

        // Then we keep exactly the same files
        Assert.True(expected.SequenceEqual(actual), $"{scenario}: git kept [{string.Join(", ", expected)}], we kept [{string.Join(", ", actual)}]");
    }

    [Fact]
    public void Read_Groundplanignore_AppliesAndOverridesGitignoreInSameFolder()
    {
        // Given a .gitignore that drops Markdown and a .groundplanignore (with a BOM) that keeps the README but drops secrets/
        using var folder = new TempDirectory();
        folder.WriteAll((".gitignore", "*.md\n"), (".groundplanignore", "\uFEFF!README.md\nsecrets/\n"), ("README.md", "r"), ("notes.md", "n"), ("secrets/key.txt", "k"), ("src/a.cs", "a"));

        // When the folder is read
        var raw = Read(folder.Path, GitignoreOnly);

        // Then the .groundplanignore wins in its folder and applies like a .gitignore
        Assert.Equal([".gitignore", ".groundplanignore", "README.md", "src/a.cs"], Paths(raw));
    }

    [Fact]
    public void Read_RepomixIgnoreFiles_ApplyInOrderLikeGitignore()
    {
        // Given a project set up for repomix: an .ignore and a nested .repomixignore that re-includes one file
        using var folder = new TempDirectory();
        folder.WriteAll((".ignore", "fixtures/\n*.golden\n"), ("tests/.gitignore", "*.out\n"), ("tests/.repomixignore", "!keep.golden\nbig.json\n"), ("fixtures/a.txt", "a"), ("tests/a.golden", "s"), ("tests/keep.golden", "k"), ("tests/big.json", "b"), ("tests/x.out", "o"), ("tests/t.cs", "t"));

        // When the folder is read
        var raw = Read(folder.Path, GitignoreOnly);

        // Then both files apply as repomix applies them, later files winning within a folder
        Assert.Equal([".ignore", "tests/.gitignore", "tests/.repomixignore", "tests/keep.golden", "tests/t.cs"], Paths(raw));
    }

    [Fact]
    public void Read_UseGitignoreOff_IgnoresIgnoreFiles()
    {
        // Given ignore files that drop everything
        using var folder = new TempDirectory();
        folder.WriteAll((".gitignore", "*\n"), (".groundplanignore", "*\n"), (".repomixignore", "*\n"), ("a.txt", "a"));

        // When the folder is read with ignore files turned off
        var raw = Read(folder.Path, new IngestOptions { UseGitignore = false, UseDefaultIgnores = false });

        // Then every file is kept
        Assert.Equal([".gitignore", ".groundplanignore", ".repomixignore", "a.txt"], Paths(raw));
    }

    [Fact]
    public void Read_SubfolderOfWorkTree_AppliesIgnoreFilesAbove()
    {
        // Given a repository whose top .gitignore drops generated files, and a nested one above the root we read
        using var folder = new TempDirectory();
        TestGit.Init(folder.Path);
        folder.WriteAll((".gitignore", "*.gen.cs\n/src/app/local.cs\n"), ("src/.gitignore", "tmp/\n"), ("src/app/a.cs", "a"), ("src/app/a.gen.cs", "g"), ("src/app/local.cs", "l"), ("src/app/tmp/t.cs", "t"));

        // When only src/app is read
        var raw = Read(Path.Combine(folder.Path, "src", "app"), GitignoreOnly);

        // Then the rules above it apply, anchored where they were written, and paths are relative to src/app
        Assert.Equal(["a.cs"], Paths(raw));
    }
}
