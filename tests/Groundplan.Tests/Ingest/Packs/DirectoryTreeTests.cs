using Groundplan.Ingest.Packs;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class DirectoryTreeTests
{
    [Fact]
    public void Parse_IndentedTree_GivesFilePathsAndEmptyDirectories()
    {
        // Given a tree as repomix writes it, with an empty directory and a name starting with spaces
        var text = "a/\n  b/\n    deep.ts\n  empty/\nsrc/\n  index.ts\n     spaced.txt\nREADME.md";

        // When it is parsed
        var tree = DirectoryTree.Parse(text);

        // Then files get full paths and the empty directory keeps its slash
        Assert.Equal(["a/b/deep.ts", "a/empty/", "src/index.ts", "src/   spaced.txt", "README.md"], tree.Paths);
        Assert.True(tree.ContainsFile("src/index.ts"));
        Assert.False(tree.ContainsFile("a/empty/"));
        Assert.False(tree.IsMultiRoot);
    }

    [Fact]
    public void Parse_MultiRootTree_IsMarked()
    {
        // Given the tree of a pack made from two directories
        var tree = DirectoryTree.Parse("[api]/\n  main.go\n[web]/\n  index.ts");

        // When it is checked
        // Then it is marked, so block lookalikes are not judged by it
        Assert.True(tree.IsMultiRoot);
        Assert.True(DirectoryTree.MayHold(tree, "anything.txt"));
    }
}
