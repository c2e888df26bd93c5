namespace Groundplan.Tests.Retrieve;

public sealed class FolderDiversityTests
{
    [Fact]
    public void Rank_SixAlikeFilesInOneFolder_FourthAndLaterCountLessAndAnotherFolderRises()
    {
        // Given six files in one folder and one in another, all with the same text
        using var dir = new TempDirectory();
        dir.Write("package.json", """{ "name": "shop" }""");
        const string text = "export const priceFilter = (price: number) => price;\n";
        foreach (var name in (string[])["a", "b", "c", "d", "e", "f"])
        {
            dir.Write($"src/filters/{name}.ts", text);
        }

        dir.Write("src/zone/other.ts", text);

        // When a request matches them all alike
        var result = RetrieveFixture.Rank(dir.Path, "price filter");
        double Score(string path) => result.RankedFiles.Single(f => f.Path == path).Score;

        // Then the folder's first three keep their score, the next ones count less each, and the other folder's file comes fourth
        Assert.Equal(Score("src/filters/a.ts"), Score("src/filters/c.ts"));
        Assert.Equal(0.85 * Score("src/filters/a.ts"), Score("src/filters/d.ts"), 3);
        Assert.Equal(0.85 * 0.85 * Score("src/filters/a.ts"), Score("src/filters/e.ts"), 3);
        Assert.Equal(4, RetrieveFixture.RankOf(result, "src/zone/other.ts"));
    }
}
