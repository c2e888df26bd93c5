using Groundplan.Model.Retrieval;
using Groundplan.Retrieve;
using Groundplan.Retrieve.Packing;
using Groundplan.Tokens;

namespace Groundplan.Tests.Retrieve;

public sealed class ContextPackBuilderTests
{
    [Theory]
    [InlineData(1500)]
    [InlineData(4000)]
    [InlineData(20000)]
    public void Build_AnyBudget_NeverOverBudgetAndAlwaysHasTheTree(int budget)
    {
        var (codebase, recon) = RetrieveFixture.Load(RetrieveFixture.Fixture("rails-app"));
        var request = new RetrievalRequest("publish posts");
        var result = new Retriever().Rank(codebase, recon, request);

        var pack = ContextPackBuilder.Build(codebase, recon, request, result, budget);

        Assert.True(pack.Tokens <= budget, $"{pack.Tokens} > {budget}");
        Assert.Equal(TokenCounters.O200k.CountTokens(pack.Text), pack.Tokens);
        Assert.Contains("<directory_structure>", pack.Text, StringComparison.Ordinal);
        Assert.Contains("<request>\npublish posts\n</request>", pack.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LargeBudget_ReconOnTopAndBestFileWhole()
    {
        var (codebase, recon) = RetrieveFixture.Load(RetrieveFixture.Fixture("rails-app"));
        var request = new RetrievalRequest("publish posts");
        var result = new Retriever().Rank(codebase, recon, request);

        var pack = ContextPackBuilder.Build(codebase, recon, request, result, 50000);

        Assert.True(pack.ReconIncluded);
        Assert.True(pack.Text.IndexOf("# Current System Snapshot", StringComparison.Ordinal) < pack.Text.IndexOf("<directory_structure>", StringComparison.Ordinal));
        Assert.Contains(result.RankedFiles[0].Path, pack.WholeFiles);
        Assert.Contains($"<file path=\"{result.RankedFiles[0].Path}\">\n{codebase.Find(result.RankedFiles[0].Path)!.Text}", pack.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FileLargerThanWhatIsLeft_SignaturesOnly()
    {
        using var dir = new TempDirectory();
        var body = string.Concat(Enumerable.Range(0, 400).Select(i => $"    // filler line {i} about the ledger\n"));
        dir.Write("ledger.py", $"class Ledger:\n    def balance(self):\n{body}        return 0\n\n    def post(self):\n        return 1\n");
        var (codebase, recon) = RetrieveFixture.Load(dir.Path);
        var request = new RetrievalRequest("ledger balance");
        var result = new Retriever().Rank(codebase, recon, request);

        var pack = ContextPackBuilder.Build(codebase, recon, request, result, 1200);

        Assert.Contains("ledger.py", pack.SignatureFiles);
        Assert.Contains("<file path=\"ledger.py\" content=\"signatures\">", pack.Text, StringComparison.Ordinal);
        Assert.Contains("def balance(self)", pack.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("filler line 399", pack.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BudgetBelowTheTree_ClearError()
    {
        var (codebase, recon) = RetrieveFixture.Load(RetrieveFixture.Fixture("rails-app"));
        var request = new RetrievalRequest("posts");
        var result = new Retriever().Rank(codebase, recon, request);

        var e = Assert.Throws<GroundplanException>(() => ContextPackBuilder.Build(codebase, recon, request, result, 50));

        Assert.Contains("--max-tokens 50 is too small", e.Message, StringComparison.Ordinal);
    }
}
