using Groundplan.Tokens;
using System.Text;
using Groundplan.Ingest;
using Groundplan.Ingest.Packs;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.Packs;

/// <summary>Every pack repomix wrote for the fixture repositories reads back to the repositories' own files.</summary>
public sealed class PackReaderFixtureTests
{
    private static readonly Dictionary<string, string[]> SubsetSelections = new()
    {
        ["edge-cases"] = ["data.json", "docs/日本語.md", "src/backticks.ts", "src/compress-marker.txt", "src/numbered.txt"],
        ["webapp-mini"] = ["package.json", "prisma/schema.prisma", "src/app/api/users/route.ts", "src/lib/db.ts"],
    };

    private static readonly Dictionary<string, string[]> LeftOut = new()
    {
        ["edge-cases"] = ["ignored/secret-plan.txt", "assets/pixel.png", "assets/blob"],
        ["webapp-mini"] = ["scratch/notes.md"],
    };

    public static TheoryData<string, string> Packs => PackFixtures.All();

    [Theory]
    [MemberData(nameof(Packs))]
    public void Read_RepomixPack_GivesTheRepositoryFilesAsRepomixTrimmedThem(string repo, string name)
    {
        // Given a pack written by repomix 1.14.0 from a fixture repository
        var pack = PackFixtures.Pack(repo, name);
        var compressed = name.Contains("-compress", StringComparison.Ordinal);
        var processed = name.Contains("-processed", StringComparison.Ordinal);

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then it holds exactly the files repomix selected, each as the trimmed text on disk
        Assert.Equal(new FileOrigin(OriginKind.Pack, pack, PackFixtures.ExpectedVariant(name)), raw.Origin);
        var expected = name.Contains("-subset", StringComparison.Ordinal) ? SubsetSelections[repo] : PackFixtures.DefaultSelection(repo);
        Assert.Equal(expected.Order(StringComparer.Ordinal), raw.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(raw.Entries, e => LeftOut[repo].Contains(e.Path));
        foreach (var entry in raw.Entries)
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(entry.Text), entry.Size);
            var isCompressed = compressed && CompressibleFiles.IsCompressible(entry.Path);
            Assert.Equal(isCompressed ? ContentCompleteness.Compressed : ContentCompleteness.Complete, entry.Completeness);
            var onDisk = JsText.Trim(PackFixtures.DiskText(repo, entry.Path)).ToString();
            if (isCompressed)
            {
                Assert.NotEqual(onDisk, entry.Text);
            }
            else if (!processed)
            {
                Assert.Equal(onDisk, entry.Text);
            }
        }

        Assert.Empty(raw.Notes);
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Read_RepomixPack_ListsTreeOrSaysItIsMissing(string repo, string name)
    {
        // Given a pack with or without its directory structure section
        var hasTree = !name.Contains("no-directory-structure", StringComparison.Ordinal) && !name.Contains("combined", StringComparison.Ordinal);

        // When it is read
        var raw = new PackReader().Read(PackFixtures.Pack(repo, name), new IngestOptions(), CancellationToken.None);

        // Then the tree's files are listed, and files listed without content are unknowns
        if (hasTree)
        {
            Assert.Superset(raw.Entries.Select(e => e.Path).ToHashSet(), raw.ListedPaths.ToHashSet());
            var withoutContent = raw.ListedPaths.Where(p => !p.EndsWith('/')).Except(raw.Entries.Select(e => e.Path)).ToArray();
            Assert.Equal(withoutContent, raw.Unknowns.Where(u => u.Reason.StartsWith("Listed in", StringComparison.Ordinal)).Select(u => u.Scope));
            if (repo == "edge-cases" && !name.Contains("subset", StringComparison.Ordinal))
            {
                Assert.Equal(["assets/blob", "assets/pixel.png"], withoutContent);
            }
        }
        else
        {
            Assert.Empty(raw.ListedPaths);
            Assert.Contains(raw.Unknowns, u => u.Scope == "directory structure");
        }

        var hasSummary = !name.Contains("no-file-summary", StringComparison.Ordinal) && !name.Contains("combined", StringComparison.Ordinal);
        Assert.Equal(!hasSummary, raw.Unknowns.Any(u => u.Scope == "selection and processing"));
    }

    [Theory]
    [InlineData("edge-cases")]
    [InlineData("webapp-mini")]
    public void Read_SubsetPack_NamesItsPatternsAsUnknowns(string repo)
    {
        // Given a pack made with --include and --ignore
        var pack = PackFixtures.Pack(repo, "xml-subset.xml");

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then both pattern lists are unknown parts
        Assert.Contains(raw.Unknowns, u => u.Scope.StartsWith("files not matching src/**", StringComparison.Ordinal));
        Assert.Contains(raw.Unknowns, u => u.Scope.StartsWith("files matching **/*.tsx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("edge-cases")]
    [InlineData("webapp-mini")]
    public void Read_ProcessedPack_SaysWhatRepomixChanged(string repo)
    {
        // Given a pack made with --remove-comments --remove-empty-lines --truncate-base64
        var pack = PackFixtures.Pack(repo, "xml-processed.xml");

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then each change is an unknown part
        Assert.Equal(["base64 data", "blank lines", "code comments"], raw.Unknowns.Where(u => !u.Reason.StartsWith("Listed in", StringComparison.Ordinal)).Select(u => u.Scope).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("xml-sections.xml")]
    [InlineData("xml-parsable-sections.xml")]
    [InlineData("markdown-sections.md")]
    [InlineData("plain-sections.txt")]
    [InlineData("json-sections.json")]
    public void Read_PackWithEverySection_ListsEmptyDirectories(string name)
    {
        // Given a pack with a user header, an instruction, git logs and diffs, and empty directories
        var pack = PackFixtures.Pack("webapp-mini", name);

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then the empty directory is listed with its slash and nothing is unknown
        Assert.Contains("empty/nested/", raw.ListedPaths);
        Assert.Empty(raw.Unknowns);
    }

    [Fact]
    public void Read_DefaultPack_HasNoUnknownsBeyondBinaries()
    {
        // Given the default pack of a repository without binaries
        var pack = PackFixtures.Pack("webapp-mini", "xml-default.xml");

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then nothing is unknown
        Assert.Empty(raw.Unknowns);
    }
}
