using Groundplan.Plan.Inference;

namespace Groundplan.Tests.Plan;

public sealed class FeatureInferenceTests
{
    [Fact]
    public void Infer_BookmarkPosts_JoinModelOfUserAndPost()
    {
        var (_, recon) = PlanFixtures.Load("inkwell");

        var feature = FeatureInference.Infer("Let users bookmark posts", recon);

        Assert.Equal(Operation.Toggle, feature.Operations[0]);
        Assert.Contains(Operation.List, feature.Operations);
        Assert.Equal("Bookmark", feature.NewEntity?.Name);
        Assert.Equal("User", feature.Actor?.Name);
        Assert.Equal(["Post"], feature.Targets.Select(t => t.Name));
        Assert.Equal(["User", "Post"], feature.Fields.Where(f => f.Type == "ref").Select(f => f.RefersTo));
        Assert.True(feature.Writes);
    }

    [Fact]
    public void Infer_CsvExport_ReadOnlyNoSchemaChange()
    {
        var (_, recon) = PlanFixtures.Load("django-app");

        var feature = FeatureInference.Infer("Add CSV export of invoices", recon);

        Assert.Equal(Operation.Export, feature.Operations[0]);
        Assert.Equal("Invoice", feature.Subject?.Name);
        Assert.False(feature.ChangesSchema);
        Assert.False(feature.Writes);
        Assert.Equal("export invoices", feature.Action);
    }

    [Fact]
    public void Infer_ArchiveNotes_NullableTimestampOnExistingTable()
    {
        var (_, recon) = PlanFixtures.Load("nextjs-drizzle");

        var feature = FeatureInference.Infer("Let users archive notes", recon);

        Assert.Equal(Operation.Flag, feature.Operations[0]);
        Assert.Null(feature.NewEntity);
        Assert.Equal("notes", feature.Subject?.Name);
        var field = Assert.Single(feature.Fields);
        Assert.Equal(("archived at", "datetime", true), (field.Name, field.Type, field.Optional));
    }

    [Theory]
    [InlineData("express-typeorm", false)]
    [InlineData("inkwell", true)]
    public void Infer_RateLimitLogin_DatabaseTableOnlyWithoutRedis(string fixture, bool expectTable)
    {
        var (_, recon) = PlanFixtures.Load(fixture);

        var feature = FeatureInference.Infer("Rate-limit login attempts", recon);

        Assert.Equal(Operation.RateLimit, feature.Operations[0]);
        Assert.Equal("login attempt", feature.NameWords);
        Assert.Equal(expectTable, feature.NewEntity?.Name == "LoginAttempt");
    }

    [Fact]
    public void Infer_NewPluralNoun_NewEntityReferencingTarget()
    {
        var (_, recon) = PlanFixtures.Load("nextjs-drizzle");

        var feature = FeatureInference.Infer("Add comments to notes", recon);

        Assert.Equal("Comment", feature.NewEntity?.Name);
        Assert.Contains(feature.Fields, f => f.Type == "ref" && f.RefersTo == "notes");
    }

    [Fact]
    public void Infer_NoKnownModel_NoTargetsAndUpdateByDefault()
    {
        var (_, recon) = PlanFixtures.Load("polyglot");

        var feature = FeatureInference.Infer("Make the footer nicer", recon);

        Assert.Empty(feature.Targets);
        Assert.Equal(Operation.Update, feature.Operations[0]);
    }

    [Theory]
    [InlineData("posts", "post")]
    [InlineData("categories", "category")]
    [InlineData("addresses", "address")]
    [InlineData("status", "status")]
    public void Singular_CommonPlurals_SingularForm(string plural, string singular) => Assert.Equal(singular, Words.Singular(plural));

    [Theory]
    [InlineData("notesToTags", "notes to tags")]
    [InlineData("order_items", "order items")]
    [InlineData("HTTPServer", "http server")]
    public void Split_IdentifierStyles_LowerWords(string identifier, string words) => Assert.Equal(words, string.Join(' ', Words.Split(identifier)));
}
