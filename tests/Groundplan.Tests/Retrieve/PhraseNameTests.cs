using Groundplan.Model.Recon;
using Groundplan.Retrieve.Signals;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Tests.Retrieve;

public sealed class PhraseNameTests
{
    [Fact]
    public void Rank_FileNamedByRequestPhrase_OutranksFileMentioningItsWords()
    {
        // Given a component named after a UI label and a page that mentions the label's words more often
        using var dir = new TempDirectory();
        dir.Write("package.json", """{ "name": "shop" }""");
        dir.Write("src/app/recently-viewed/recently-viewed.component.ts", "export class RecentlyViewedComponent {\n  items: string[] = [];\n}\n");
        dir.Write("src/app/home/home.component.ts",
            "export class HomeComponent {\n  recentlyViewed: string[] = [];\n  loadRecentlyViewed() { return this.recentlyViewed; }\n  clearRecentlyViewed() { this.recentlyViewed = []; }\n  // recently viewed, recently viewed\n}\n");

        // When a request names the label
        var result = RetrieveFixture.Rank(dir.Path, "Sorting for Recently Viewed");

        // Then the file the label names ranks first, and says why
        Assert.Equal("src/app/recently-viewed/recently-viewed.component.ts", result.RankedFiles[0].Path);
        Assert.Contains(result.RankedFiles[0].Reasons, r => r.Detail.Contains("named 'recently viewed'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NameCoveringPartOfARun_CoversLess()
    {
        // Given a request whose words run on past the name, and files named by part of the run, all of it, or other words
        string[] paths = ["app/export.ts", "app/history-export.ts", "app/order-history-export.ts", "app/order-history.component.ts", "app/recent-orders.ts"];

        // When the counts are built
        var of = PhrasesOf(paths, "Order History Export");

        // Then a name covering two of the three words covers two thirds, the whole run all of it, and single or foreign words none
        Assert.Equal(2.0 / 3, of["app/order-history.component.ts"]!.Coverage, 6);
        Assert.Equal(2.0 / 3, of["app/history-export.ts"]!.Coverage, 6);
        Assert.Equal(1.0, of["app/order-history-export.ts"]!.Coverage, 6);
        Assert.Null(of["app/recent-orders.ts"]);
        Assert.Null(of["app/export.ts"]);
    }

    [Fact]
    public void Build_OneWordNameInAFolderOfRequestWords_NamedByFolderAndName()
    {
        // Given a partial named by its folder, a two-word name in the same folder, and a one-word name in another folder
        string[] paths = ["app/views/invoices/_form.html.erb", "app/views/invoices/form_fields.html.erb", "app/views/orders/_form.html.erb"];

        // When the counts are built
        var of = PhrasesOf(paths, "Add a due date to the invoice form");

        // Then only the one-word name under the request's folder word is "the invoice form"
        Assert.Equal(1.0, of["app/views/invoices/_form.html.erb"]!.Coverage, 6);
        Assert.Null(of["app/views/invoices/form_fields.html.erb"]);
        Assert.Null(of["app/views/orders/_form.html.erb"]);
    }

    /// <summary>Writes the files to a temp folder, loads them for real and returns each one's phrase name for the request.</summary>
    private static Dictionary<string, TermCounts.Phrase?> PhrasesOf(string[] paths, string request)
    {
        using var dir = new TempDirectory();
        foreach (var path in paths)
        {
            dir.Write(path, "x\n");
        }

        var (codebase, _) = RetrieveFixture.Load(dir.Path);
        var counts = TermCounts.Build(codebase.Files, new Dictionary<string, List<CodeSymbol>>(), Query.Parse(request, null), CancellationToken.None);
        return codebase.Files.Select((f, i) => (f.Path, counts.Phrases[i])).ToDictionary(p => p.Path, p => p.Item2, StringComparer.Ordinal);
    }
}
