using Groundplan.Render;

namespace Groundplan.Tests.Render;

public sealed class PlanSlugTests
{
    [Theory]
    [InlineData("Bookmark posts", "bookmark-posts")]
    [InlineData("  Add CSV export of invoices!  ", "add-csv-export-of-invoices")]
    [InlineData("Rate-limit   login__attempts", "rate-limit-login-attempts")]
    [InlineData("Café crème für Ärzte", "cafe-creme-fur-arzte")]
    [InlineData("User's profile page", "users-profile-page")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("日本語", PlanSlug.Fallback)]
    [InlineData("", PlanSlug.Fallback)]
    [InlineData(null, PlanSlug.Fallback)]
    public void From_Title_KebabCaseAscii(string? title, string expected)
    {
        Assert.Equal(expected, PlanSlug.From(title));
        Assert.True(PlanSlug.IsValid(PlanSlug.From(title)));
    }

    [Fact]
    public void From_LongTitle_CutAtAWordWithinTheLimit()
    {
        // Given
        var title = string.Join(' ', Enumerable.Repeat("bookmarks", 12));

        // When
        var slug = PlanSlug.From(title);

        // Then
        Assert.True(slug.Length <= PlanSlug.MaxLength);
        Assert.EndsWith("bookmarks", slug, StringComparison.Ordinal);
        Assert.True(PlanSlug.IsValid(slug));
    }

    [Theory]
    [InlineData("bookmark-posts", true)]
    [InlineData("a", true)]
    [InlineData("v2-api", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Bookmark-posts", false)]
    [InlineData("bookmark_posts", false)]
    [InlineData("bookmark--posts", false)]
    [InlineData("-bookmark", false)]
    [InlineData("bookmark-", false)]
    [InlineData("book/mark", false)]
    [InlineData("café", false)]
    public void IsValid_Slug_AcceptsOnlyKebabAscii(string? slug, bool expected)
    {
        Assert.Equal(expected, PlanSlug.IsValid(slug));
    }

    [Fact]
    public void IsValid_TooLong_False()
    {
        Assert.False(PlanSlug.IsValid(new string('a', PlanSlug.MaxLength + 1)));
        Assert.True(PlanSlug.IsValid(new string('a', PlanSlug.MaxLength)));
    }

    [Fact]
    public void RelativePath_ValidSlug_UnderExport()
    {
        Assert.Equal("EXPORT/plan_bookmark-posts.md", PlanExport.RelativePath("bookmark-posts"));
    }

    [Fact]
    public void RelativePath_InvalidSlug_GroundplanException()
    {
        var error = Assert.Throws<GroundplanException>(() => PlanExport.RelativePath("../x"));
        Assert.Contains("'../x'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("checklist", PlanFormat.Checklist)]
    [InlineData("SPEC", PlanFormat.Spec)]
    [InlineData(" Blueprint ", PlanFormat.Blueprint)]
    [InlineData("json", PlanFormat.Json)]
    public void TryParse_KnownName_Format(string name, PlanFormat expected)
    {
        Assert.True(PlanFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
        Assert.Equal(name.Trim().ToLowerInvariant(), PlanFormats.Name(format));
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("auto")]
    public void TryParse_UnknownName_False(string? name)
    {
        Assert.False(PlanFormats.TryParse(name, out _));
    }
}
