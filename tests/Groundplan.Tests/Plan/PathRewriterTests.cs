using Groundplan.Plan.Conventions;

namespace Groundplan.Tests.Plan;

public sealed class PathRewriterTests
{
    [Theory]
    [InlineData("src/routes/books.ts", "Book", "src/routes/bookmarks.ts")]
    [InlineData("src/Bookshelf.Api/Endpoints/BookEndpoints.cs", "Book", "src/Bookshelf.Api/Endpoints/BookmarkEndpoints.cs")]
    [InlineData("internal/http/notes_handler.go", "notes", "internal/http/bookmarks_handler.go")]
    [InlineData("src/articles/articles.controller.ts", "Article", "src/bookmarks/bookmarks.controller.ts")]
    [InlineData("app/models/post.rb", "Post", "app/models/bookmark.rb")]
    public void Replace_SiblingNamedAfterModel_SameFormOfNewName(string path, string model, string expected) =>
        Assert.Equal(expected, PathRewriter.Replace(path, model, "bookmark"));

    [Fact]
    public void Replace_ModelOnlyInsideLongerWord_Null() =>
        Assert.Null(PathRewriter.Replace("src/Bookshelf.Api/Program.cs", "Book", "bookmark"));

    [Fact]
    public void NextSequence_NumberedMigrations_NextNumberSameWidth()
    {
        var (codebase, _) = PlanFixtures.Load("go-service");

        Assert.Equal("000003", PathRewriter.NextSequence(codebase, "db/migrations/"));
    }
}
