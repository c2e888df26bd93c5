using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

public sealed class RetrieverFallbackTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rank_EmptyRequest_StructuralRankingWithMessage(string request)
    {
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("rails-app"), request);

        Assert.True(result.StructuralOnly);
        Assert.Contains("empty", result.Message, StringComparison.Ordinal);
        Assert.NotEmpty(result.RankedFiles);
        Assert.Contains(result.RankedFiles.Take(3), f => f.Reasons.Any(r => r.Signal == "structural"));
    }

    [Fact]
    public void Rank_WordsTheCodebaseDoesNotKnow_StructuralRankingNamingTheWords()
    {
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("go-service"), "quantum zebra");

        Assert.True(result.StructuralOnly);
        Assert.Contains("'quantum'", result.Message, StringComparison.Ordinal);
        Assert.NotEmpty(result.RankedFiles);
    }

    [Fact]
    public void Rank_WordsTheCodebaseDoesNotKnow_ManifestNearTheTop()
    {
        // Given a service with a module manifest, asked for a capability it has no word for
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("go-service"), "quantum zebra");

        // Then the manifest, where the new dependency goes, is among the first files
        Assert.True(result.StructuralOnly);
        Assert.Contains(result.RankedFiles.Take(3), f => f.Path == "go.mod" && f.Reasons.Any(r => r.Detail.StartsWith("package manifest", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rank_OnlyGlueWords_StructuralRanking()
    {
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("django-app"), "add support for the");

        Assert.True(result.StructuralOnly);
        Assert.Contains("common words", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EmptyCodebase_NoFilesAndAMessage()
    {
        var codebase = new Codebase { Origin = new FileOrigin(OriginKind.Directory, "/nowhere"), Files = [] };
        var recon = new ReconReport { Facts = [], Symbols = [], Imports = [] };

        var result = new Retriever().Rank(codebase, recon, new RetrievalRequest("anything"));

        Assert.Empty(result.RankedFiles);
        Assert.True(result.StructuralOnly);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void Rank_NewFiles_DoNotExistAndSayWhy()
    {
        var path = RetrieveFixture.Fixture("rails-app");
        var (codebase, recon) = RetrieveFixture.Load(path);

        var result = new Retriever().Rank(codebase, recon, new RetrievalRequest("Add a category model with a name column to posts"));

        Assert.NotEmpty(result.NewFiles);
        Assert.All(result.NewFiles, n => Assert.Null(codebase.Find(n.Path)));
        Assert.All(result.NewFiles, n => Assert.NotEmpty(n.Reasons));
        Assert.Contains(result.NewFiles, n => n.Part == "migration" && n.Path.StartsWith("db/migrate/", StringComparison.Ordinal));
    }
}
