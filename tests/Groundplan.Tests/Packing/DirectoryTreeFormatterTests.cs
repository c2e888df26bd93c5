using Groundplan.Packing;

namespace Groundplan.Tests.Packing;

public sealed class DirectoryTreeFormatterTests
{
    [Fact]
    public void Format_NestedPaths_IndentsTwoSpacesPerLevelWithFolderSlashes()
    {
        var tree = DirectoryTreeFormatter.Format(["README.md", "src/app/page.tsx", "src/lib/db.ts", "src/app/layout.tsx", "prisma/schema.prisma"]);

        Assert.Equal(
            "prisma/\n  schema.prisma\nsrc/\n  app/\n    layout.tsx\n    page.tsx\n  lib/\n    db.ts\nREADME.md",
            tree);
    }

    [Fact]
    public void Format_NoPaths_IsEmpty()
    {
        Assert.Equal(string.Empty, DirectoryTreeFormatter.Format([]));
    }
}
