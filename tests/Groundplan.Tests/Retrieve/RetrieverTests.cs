using Groundplan.Model.Retrieval;
using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

public sealed class RetrieverTests
{
    [Fact]
    public void Rank_RailsRequestNamingAModel_ModelControllerAndViewsLead()
    {
        // Given the Rails fixture and a request about posts
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("rails-app"), "Allow deleting a post from its page");

        // Then the resource's model, controller and view are near the top (with its tests and routes), each with reasons
        var top = result.RankedFiles.Take(8).Select(f => f.Path).ToArray();
        Assert.Contains("app/models/post.rb", top);
        Assert.Contains("app/controllers/posts_controller.rb", top);
        Assert.Contains("app/views/posts/show.html.erb", top);
        Assert.All(result.RankedFiles, f => Assert.NotEmpty(f.Reasons));
        Assert.False(result.StructuralOnly);
    }

    [Fact]
    public void Rank_SourceWithMirroringTest_TestFollowsWithTestReason()
    {
        using var dir = new TempDirectory();
        dir.Write("billing/invoice.py", "class Invoice:\n    def total(self):\n        return 0\n");
        dir.Write("billing/tests/test_invoice.py", "from billing.invoice import Invoice\n\ndef test_total():\n    assert Invoice().total() == 0\n");
        dir.Write("billing/mailer.py", "def send():\n    pass\n");

        var result = RetrieveFixture.Rank(dir.Path, "Invoice totals should include tax");

        Assert.Equal(["billing/invoice.py", "billing/tests/test_invoice.py"], result.RankedFiles.Take(2).Select(f => f.Path).Order(StringComparer.Ordinal));
        var test = Assert.Single(result.RankedFiles, f => f.Path == "billing/tests/test_invoice.py");
        Assert.Contains(test.Reasons, r => r.Signal == "test");
    }

    [Fact]
    public void Rank_ImportedHelper_RisesThroughTheGraph()
    {
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\"name\":\"x\"}");
        dir.Write("src/checkout.ts", "import { round } from './money';\nexport function checkout() { return round(1); }\n");
        dir.Write("src/money.ts", "export function round(x: number) { return x; }\n");
        dir.Write("src/unrelated.ts", "export const z = 1;\n");

        var result = RetrieveFixture.Rank(dir.Path, "checkout flow");

        var money = Assert.Single(result.RankedFiles, f => f.Path == "src/money.ts");
        Assert.Contains(money.Reasons, r => r.Signal == "graph" && r.Detail.Contains("src/checkout.ts", StringComparison.Ordinal));
        Assert.DoesNotContain(result.RankedFiles, f => f.Path == "src/unrelated.ts");
    }

    [Fact]
    public void Rank_GitRepository_FilesChangedTogetherComeWithHistoryReason()
    {
        // Given a repository where the report and its exporter always changed together
        using var dir = new TempDirectory();
        TestGit.Init(dir.Path);
        dir.Write("report.go", "package main\n\nfunc Report() {}\n");
        dir.Write("exporter.go", "package main\n\nfunc Export() {}\n");
        dir.Write("other.go", "package main\n\nfunc Other() {}\n");
        TestGit.CommitAll(dir.Path, "first");
        for (var i = 0; i < 3; i++)
        {
            dir.Write("report.go", $"package main\n\nfunc Report() {{ _ = {i} }}\n");
            dir.Write("exporter.go", $"package main\n\nfunc Export() {{ _ = {i} }}\n");
            TestGit.CommitAll(dir.Path, $"change {i}", TestGit.DefaultTime + i + 1);
        }

        // When a request names only the report
        var result = RetrieveFixture.Rank(dir.Path, "weekly report");

        // Then the exporter comes along, because history says so
        var exporter = Assert.Single(result.RankedFiles, f => f.Path == "exporter.go");
        Assert.Contains(exporter.Reasons, r => r.Signal == "history" && r.Detail.Contains("report.go", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(150)]
    public void Rank_CoChange_GrowsWithTheLengthOfTheHistory(int laterCommits)
    {
        // Given a repository where the report and its exporter changed together three times, then, in the older of
        // the two, many commits elsewhere
        using var dir = new TempDirectory();
        TestGit.Init(dir.Path);
        var stream = new System.Text.StringBuilder();
        for (var i = 0; i < 3 + laterCommits; i++)
        {
            var together = i < 3;
            stream.Append(System.Globalization.CultureInfo.InvariantCulture, $"commit refs/heads/main\ncommitter T <t@example.com> {TestGit.DefaultTime + i} +0000\ndata 1\nc\n");
            foreach (var (path, body) in together
                ? new[] { ("report.go", $"package main\n\nfunc Report() {{ _ = {i} }}\n"), ("exporter.go", $"package main\n\nfunc Export() {{ _ = {i} }}\n") }
                : [("other.go", $"package main\n\nfunc Other() {{ _ = {i} }}\n")])
            {
                stream.Append(System.Globalization.CultureInfo.InvariantCulture, $"M 100644 inline {path}\ndata {System.Text.Encoding.UTF8.GetByteCount(body)}\n{body}\n");
            }
        }

        TestGit.FastImport(dir.Path, stream.ToString());

        // When a request names only the report
        var result = RetrieveFixture.Rank(dir.Path, "weekly report");

        // Then the exporter's co-change share is scaled by how much history backs it: three commits are little evidence
        var exporter = Assert.Single(result.RankedFiles, f => f.Path == "exporter.go");
        var cochange = exporter.Reasons.Where(r => r.Signal == "history" && r.Detail.StartsWith("changed together", StringComparison.Ordinal)).Sum(r => r.Contribution);
        var top = result.RankedFiles[0].Score;
        Assert.InRange(cochange / top, laterCommits == 0 ? 0.0 : 0.3, laterCommits == 0 ? 0.05 : 1.0);
    }

    [Theory]
    [InlineData("small chatstate refactor", "src/Chat/ChatState.cs", "'chatstate': file name, symbols",
        "src/Chat/ChatState.cs", "namespace Shop.Chat;\n\npublic sealed class ChatState\n{\n    public int Count { get; set; }\n}\n",
        "src/Chat/ChatLog.cs", "namespace Shop.Chat;\n\n// chat state lives elsewhere\npublic sealed class ChatLog\n{\n}\n")]
    [InlineData("Show notes in the Diaper Change list", "core/templates/core/diaperchange_list.html", "'diaperchange' (request words joined): file name",
        "core/templates/core/diaperchange_list.html", "<table>{% for change in object_list %}<tr>{{ change.time }}</tr>{% endfor %}</table>\n",
        "core/templates/core/feeding_list.html", "<table>{% for feeding in object_list %}<tr>{{ feeding.time }}</tr>{% endfor %}</table>\n")]
    public void Rank_NameWrittenAsOneWordOnOneSideAndTwoOnTheOther_Matches(string request, string expected, string reason, string path1, string text1, string path2, string text2)
    {
        // Given a file whose name is one word where the request has two ("diaperchange_list"), or two where it has one
        // (ChatState), and a file that has the words only apart
        using var dir = new TempDirectory();
        dir.Write(path1, text1);
        dir.Write(path2, text2);

        var result = RetrieveFixture.Rank(dir.Path, request);

        // Then the file named by the words leads, and its reason says where they matched
        var first = result.RankedFiles[0];
        Assert.Equal(expected, first.Path);
        Assert.Contains(first.Reasons, r => r.Signal == "lexical" && r.Detail.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_SameInputTwice_SameResult()
    {
        var path = RetrieveFixture.Fixture("django-app");

        var first = RetrieveFixture.Rank(path, "Email overdue invoices to the customer");
        var second = RetrieveFixture.Rank(path, "Email overdue invoices to the customer");

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Rank_Symbols_MatchingSymbolsListedWithTerms()
    {
        using var dir = new TempDirectory();
        dir.Write("src/cart.ts", "export function addToCart() {}\nexport function clearCart() {}\nexport function unrelated() {}\n");

        var result = RetrieveFixture.Rank(dir.Path, "clear the cart");

        var cart = result.RankedFiles[0];
        Assert.Equal("clearCart", cart.Symbols[0].Name);
        Assert.Contains("clear", cart.Symbols[0].Terms);
        Assert.DoesNotContain(cart.Symbols, s => s.Name == "unrelated");
    }

    [Fact]
    public void Constructor_InvalidOptions_ListsEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>(() => new Retriever(new RankingOptions { MaxFiles = 0, GraphWeight = -1 }));

        Assert.Contains("MaxFiles", e.Message, StringComparison.Ordinal);
        Assert.Contains("GraphWeight", e.Message, StringComparison.Ordinal);
    }

    private static string Describe(RetrievalResult result) =>
        string.Join("\n", result.RankedFiles.Select(f => $"{f.Path} {f.Score} {string.Join("|", f.Reasons)}"))
        + string.Join("\n", result.NewFiles.Select(n => n.Path));

    [Fact]
    public void Rank_GlobalSetting_FindsTheWorkspaceSettingsBeforeTheUserSettings()
    {
        // Given an app with per-user settings and app-wide settings kept under "workspace"
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/notes\n");
        dir.Write("store/user_setting.go", "package store\n\ntype UserSetting struct{ Name string }\n\nfunc GetUserSetting() UserSetting { return UserSetting{} }\n");
        dir.Write("store/workspace_setting.go", "package store\n\ntype WorkspaceSetting struct{ Name string }\n\nfunc GetWorkspaceSetting() WorkspaceSetting { return WorkspaceSetting{} }\n");
        dir.Write("store/note.go", "package store\n\ntype Note struct{ Visibility string }\n");

        // When the request calls them global settings
        var result = RetrieveFixture.Rank(dir.Path, "global default visibility");

        // Then "global" reaches the workspace settings as a synonym, and they rank before the per-user ones
        var settings = Assert.Single(result.RankedFiles, f => f.Path == "store/workspace_setting.go");
        Assert.Contains(settings.Reasons, r => r.Signal == "lexical" && r.Detail.Contains("synonym of 'global'", StringComparison.Ordinal));
        Assert.True(RetrieveFixture.RankOf(result, "store/workspace_setting.go") < RetrieveFixture.RankOf(result, "store/user_setting.go"));
    }
}
