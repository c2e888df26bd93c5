using System.Text;
using Groundplan.Ingest;
using Groundplan.Ingest.Ignore;

namespace Groundplan.Tests.Ingest.Ignore;

/// <summary>
/// Each .gitignore below is written into one real repository full of awkward paths; git's own
/// <c>check-ignore --no-index</c> says which paths it ignores, and our rules must say exactly the same.
/// </summary>
public sealed class IgnoreRulesGitParityTests : IClassFixture<IgnoreRulesGitParityTests.Tree>
{
    private static readonly string[] Paths =
    [
        "foo", "bar", "bar ", "foo.txt", "a.log", "keep.log", "#hash", "!bang", "café", "cafe", "naïve.md",
        "doc/frotz", "a/doc/frotz", "frotz/x", "abc/def/ghi.txt", "abc/x", "x/abc/y", "a/b", "a/x/b", "a/x/y/b",
        "ab", "axb", "a/bb", "build/out.o", "sub/build/out.o", "buildfile", "src/main.c", "src/lib/util.c",
        "src/lib/util.h", "main.c", "data1.csv", "dataX.csv", "data-.csv", "datab.csv", "d]x", "[abc]", "what?",
        "deep/a/b/c/d.txt", "deep/x.txt", "deep/d.txt", "UPPER.TXT", "upper.txt", "space dir/f.txt", "foo-dir/bar/baz",
        "foo-dir/baz", "x.d/inner", "y.d", "trailing\\", "star*", "back\\slash",
    ];

    private readonly Tree _tree;

    public IgnoreRulesGitParityTests(Tree tree) => _tree = tree;

    public static TheoryData<string> Gitignores() =>
    [
        "foo", "/foo", "foo/", "bar\\ ", "bar ", "bar  \\ ", "*.txt", "*.log\n!keep.log", "!keep.log\n*.log",
        "\\#hash", "#hash", "\\!bang", "!bang", "# comment\n\n   \n*.c",
        "doc/frotz", "/doc/frotz", "frotz/", "frotz", "abc/**", "**/abc", "**/abc/**", "a/**/b", "a/*/b",
        "a**b", "**b", "a/**", "**", "*", "/*", "*/", "**/", "**/*.c", "src/**/*.c", "src/**/", "src/*",
        "?", "??", "a?b", "caf?", "caf??", "café", "na?ve.md", "na??ve.md", "[abc]*", "[a-c]*", "[!a-c]*", "[^a-c]*",
        "d[]]x", "d[!]]x", "data[0-9].csv", "data[!0-9].csv", "data[-a].csv", "data[a-].csv", "data[[:digit:]].csv",
        "data[[:alpha:]].csv", "data[[:upper:]].csv", "data[[:punct:]].csv", "data[[:bogus:]].csv", "data[[:digit].csv",
        "data[a-c", "\\[abc\\]", "[abc]", "*.TXT", "UPPER.*", "space dir/", "space\\ dir/", "space dir/*",
        "deep/**/d.txt", "deep/**/**/d.txt", "deep/a/**/c/**", "**/c/*.txt", "foo-dir/bar/", "foo-dir/*/baz",
        "foo-dir/**/baz", "/*.c", "*.c\n!/main.c", "src/\n!src/main.c", "src/*\n!src/main.c", "src/**\n!src/lib/",
        "x.d/", "*.d", "*.d/", "trailing\\", "trailing\\\\", "star\\*", "\\*", "back\\\\slash", "abc/def/ghi.txt",
        "abc/def/*", "abc/*/ghi.txt", "abc/d?f/ghi.txt", "build/\n!build/out.o", "/build/", "sub/build/",
        "foo\r\nbar\r\n", "\uFEFFfoo", "*/b", "a/*", "/a/**/b", "**/b/**", "a/b/", "a/x/", "!a/x\na/",
        "a?x/b", "src?lib/*.c", "src/*\n!src/lib/", "*/*/b", "a/*\n!a/x/", "a/**/\n!a/x/", "a/x/*\n!a/x/b",
        "a/[x]/b", "a[/]x/b", "a/[!y]/b", "deep/*/*\n!deep/a/b/", "deep/**/*.txt\n!deep/a/**",
    ];

    [Theory]
    [MemberData(nameof(Gitignores))]
    public void IsExcluded_GitignoreAtRoot_AgreesWithGitCheckIgnore(string gitignore)
    {
        // Given a .gitignore at the top of a tree of awkward paths
        File.WriteAllText(Path.Combine(_tree.Root, ".gitignore"), gitignore);

        // When git and our rules each decide every path
        var expected = TestGit.CheckIgnore(_tree.Root, Paths);
        var rules = IgnoreRules.Create(new IngestOptions { UseDefaultIgnores = false });
        var chain = rules.Descend(null, string.Empty, [Encoding.UTF8.GetBytes(gitignore)]);
        var actual = Paths.Where(p => IsIgnored(rules, chain, p)).ToHashSet(StringComparer.Ordinal);

        // Then they agree on each one
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    /// <summary>Ignored itself, or below an ignored folder: a file cannot be re-included if a parent is excluded.</summary>
    private static bool IsIgnored(IgnoreRules rules, IgnoreChain? chain, string path)
    {
        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (rules.IsExcluded(path[..slash], isDirectory: true, chain))
            {
                return true;
            }
        }

        return rules.IsExcluded(path, isDirectory: false, chain);
    }

    /// <summary>One repository holding every path, shared by the cases (each rewrites the .gitignore).</summary>
    public sealed class Tree : IDisposable
    {
        private readonly TempDirectory _folder = new();

        public Tree()
        {
            TestGit.Init(_folder.Path);
            foreach (var path in Paths)
            {
                _folder.Write(path, path);
            }
        }

        public string Root => _folder.Path;

        public void Dispose() => _folder.Dispose();
    }
}
