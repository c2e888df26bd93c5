namespace Groundplan.Tests.Retrieve;

/// <summary>New-file proposals take the case their folder uses and the layout of the unit they sit beside.</summary>
public sealed class NewFileNamingTests
{
    [Theory]
    [InlineData("src/app/_services/series-bookmarks.service.ts",
        "src/app/_services/series.service.ts", "src/app/_services/action-factory.service.ts", "src/app/_services/account-settings.service.ts")]
    [InlineData("src/components/SeriesBookmarks/index.tsx", "src/components/SeriesEditor/index.tsx", "src/components/Header.tsx", "src/components/Footer.tsx")]
    public void Rank_SiblingThatShowsNoCase_ProposalFollowsItsFolder(string expected, params string[] files)
    {
        // Given a one-word sibling (series.service.ts in a folder of kebab-case names) or a component kept as
        // Folder/index.tsx in a PascalCase folder
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\"name\":\"web\"}");
        foreach (var file in files)
        {
            dir.Write(file, "export default function Series() { return null; }\n");
        }

        var result = RetrieveFixture.Rank(dir.Path, "series bookmarks");

        // Then the new file takes the folder's case, or a new PascalCase folder with its own index file
        Assert.Contains(result.NewFiles, n => n.Path == expected);
    }

    [Fact]
    public void Rank_ComponentInAFolderOfItsOwnName_ProposalGetsItsOwnFolder()
    {
        // Given components that each live in a folder named after them
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\"name\":\"web\"}");
        dir.Write("src/app/series-detail/series-detail.component.ts", "export class SeriesDetailComponent { series = []; }\n");
        dir.Write("src/app/library-list/library-list.component.ts", "export class LibraryListComponent {}\n");

        var result = RetrieveFixture.Rank(dir.Path, "series bookmarks");

        // Then the new component gets a folder of its own beside them, and the reasons say so
        var component = Assert.Single(result.NewFiles, n => n.Part == "component");
        Assert.Equal("src/app/series-bookmarks/series-bookmarks.component.ts", component.Path);
        Assert.Contains(component.Reasons, r => r.Contains("folder of its own", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_RailsPartialSibling_ProposalIsAPartialWithTheRoleSuffix()
    {
        // Given a folder of filter partials
        using var dir = new TempDirectory();
        dir.Write("Gemfile", "source 'https://rubygems.org'\ngem 'rails'\n");
        dir.Write("app/views/transactions/filters/_merchant_filter.html.erb", "<div class=\"filter\"><%= merchant.name %></div>\n");
        dir.Write("app/views/transactions/filters/_account_filter.html.erb", "<div class=\"filter\"><%= account.name %></div>\n");

        var result = RetrieveFixture.Rank(dir.Path, "Add merchant tag filtering");

        // Then the new view is a partial like them: leading underscore, the request's subject, the shared role suffix
        Assert.Contains(result.NewFiles, n => n.Path == "app/views/transactions/filters/_merchant_tag_filter.html.erb");
    }

    [Fact]
    public void Rank_DatabaseRequestOnPrisma_SchemaPulledInAndMigrationIsAFolder()
    {
        // Given the NestJS + Prisma fixture, whose migrations are folders holding migration.sql, and a request that
        // names the database but no model
        var result = RetrieveFixture.Rank(RetrieveFixture.Fixture("nestjs-prisma"), "keep drafts in the database");

        // Then "database" counts as a data word (matched by its stem), so the schema comes in
        var schema = Assert.Single(result.RankedFiles, f => f.Path == "prisma/schema.prisma");
        Assert.Contains(schema.Reasons, r => r.Signal == "stack" && r.Detail.Contains("touches data", StringComparison.Ordinal));

        // And the migration is proposed as a new numbered folder like the existing one, not beside migration_lock.toml
        var migration = Assert.Single(result.NewFiles, n => n.Part == "migration");
        Assert.Matches("^prisma/migrations/N{14}_add_[a-z_]+/migration\\.sql$", migration.Path);
    }
}
