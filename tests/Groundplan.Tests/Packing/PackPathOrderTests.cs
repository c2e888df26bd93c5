using Groundplan.Packing;

namespace Groundplan.Tests.Packing;

public sealed class PackPathOrderTests
{
    [Fact]
    public void Compare_FoldersBeforeFilesAtEachLevel_ThenByNameIgnoringCase()
    {
        // Given paths in no particular order
        string[] paths = ["README.md", "src/b.ts", "src/a/x.ts", "Src2/z.ts", "src/A.ts", "a.ts", "src/a.ts"];

        // When they are sorted for a pack
        var sorted = paths.Order(PackPathOrder.Instance).ToArray();

        // Then folders come first at each level, names compare case-insensitively, ties ordinally
        Assert.Equal(["src/a/x.ts", "src/A.ts", "src/a.ts", "src/b.ts", "Src2/z.ts", "a.ts", "README.md"], sorted);
    }
}
