using Groundplan.Ingest;
using static Groundplan.Tests.Ingest.FileSystem.DirectoryReads;

namespace Groundplan.Tests.Ingest.FileSystem;

public sealed partial class DirectoryReaderTests
{
    private static readonly string[] DefaultIgnoreTree =
    [
        "node_modules/react/index.js", "web/node_modules/x.js", "package-lock.json", "web/yarn.lock", "go.sum",
        "build", "dist/app.js", "vendor/lib.go", "target/a.class", "mod/target/b.rs", "tmp/x", ".env", "app.log",
        "x.pid", "__pycache__/m.cpython.pyc", "m.pyc", ".venv/bin/python", ".idea/workspace.xml", ".DS_Store",
        ".hg/store", "repomix-output.xml", "coverage/lcov.info",
        // Kept: real source in some stacks, or only ignored at the root.
        "bin/rails", "obj/Debug/x.cs", "lib/a.rb", "pkg/build/build.go", "web/dist/keep.js", "web/vendor/v.js",
        "web/.env", "web/x.pid", "web/tmp/t.txt", "src/main.go", ".github/workflows/ci.yml", ".gitignore",
    ];

    [Fact]
    public void Read_DefaultIgnores_DropDependenciesOutputLocksAndJunkButKeepSourceFolders()
    {
        // Given a tree with dependency, build and cache folders, lock files and junk next to real source
        using var folder = new TempDirectory();
        foreach (var path in DefaultIgnoreTree)
        {
            folder.Write(path, "x");
        }

        folder.Write(".git/config", "x");

        // When it is read with the defaults on
        var raw = Read(folder.Path);

        // Then only the source survives, including bin/, obj/ and nested build/, dist/, vendor/
        Assert.Equal(
            [".github/workflows/ci.yml", ".gitignore", "bin/rails", "lib/a.rb", "obj/Debug/x.cs", "pkg/build/build.go", "src/main.go", "web/.env", "web/dist/keep.js", "web/tmp/t.txt", "web/vendor/v.js", "web/x.pid"],
            Paths(raw));
    }

    [Fact]
    public void Read_DefaultIgnoresOff_KeepsEverythingButTheGitFolder()
    {
        // Given a lock file, node_modules and a .git folder
        using var folder = new TempDirectory();
        folder.WriteAll(("package-lock.json", "{}"), ("node_modules/a.js", "a"), (".git/HEAD", "ref"), ("sub/.git", "gitdir: x"));

        // When the defaults are off
        var raw = Read(folder.Path, new IngestOptions { UseDefaultIgnores = false });

        // Then the defaults no longer apply, but git's own folder (and a worktree's .git file) never belongs in a pack
        Assert.Equal(["node_modules/a.js", "package-lock.json"], Paths(raw));
    }

    [Fact]
    public void Read_IncludeGlobs_KeepOnlyMatchingFiles()
    {
        // Given sources, docs and generated code
        using var folder = new TempDirectory();
        folder.WriteAll(("src/a.cs", "a"), ("src/gen/b.cs", "b"), ("src/c.txt", "c"), ("docs/d.md", "d"), ("e.cs", "e"));

        // When only C# files outside src/gen are included
        var raw = Read(folder.Path, new IngestOptions { Include = ["*.cs", "!src/gen/"] });

        // Then files match by name at any depth, and the negated folder takes its files with it
        Assert.Equal(["e.cs", "src/a.cs"], Paths(raw));
    }

    [Fact]
    public void Read_IncludeFolder_KeepsEverythingBelowItButNegatedFiles()
    {
        // Given two folders
        using var folder = new TempDirectory();
        folder.WriteAll(("src/a/b.cs", "b"), ("src/c.json", "c"), ("test/t.cs", "t"));

        // When one is included by name, less one file
        var raw = Read(folder.Path, new IngestOptions { Include = ["src/", "!src/c.json"] });

        // Then the rest of its files are kept, and nothing else
        Assert.Equal(["src/a/b.cs"], Paths(raw));
    }

    [Fact]
    public void Read_IgnoreGlobs_DropMatchesAndBeatIgnoreFileNegations()
    {
        // Given a .gitignore that keeps a file the user wants gone
        using var folder = new TempDirectory();
        folder.WriteAll((".gitignore", "!keep.md\n"), ("keep.md", "k"), ("docs/a.md", "a"), ("src/a.cs", "a"));

        // When the user ignores all Markdown and the docs folder
        var raw = Read(folder.Path, new IngestOptions { Ignore = ["*.md", "docs/"] });

        // Then the user's globs win
        Assert.Equal([".gitignore", "src/a.cs"], Paths(raw));
    }

    [Fact]
    public void Read_IgnoreNegation_RescuesDefaultIgnoredPath()
    {
        // Given a root dist/ folder, ignored by default
        using var folder = new TempDirectory();
        folder.WriteAll(("dist/app.js", "a"), ("build/x.js", "x"));

        // When the user's ignore globs re-include it
        var raw = Read(folder.Path, new IngestOptions { Ignore = ["!dist/"] });

        // Then dist/ is read and build/ still is not
        Assert.Equal(["dist/app.js"], Paths(raw));
    }
}
