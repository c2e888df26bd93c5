using Groundplan.Ingest.ContextDocs;

namespace Groundplan.Tests.Ingest.ContextDocs;

public sealed class StackItemsTests
{
    [Theory]
    [InlineData("Next.js 14 (App Router), TypeScript, Prisma.", new[] { "Next.js 14 (App Router)", "TypeScript", "Prisma" })]
    [InlineData("React 18 [with RSC, Suspense]; Vite", new[] { "React 18 [with RSC, Suspense]", "Vite" })]
    [InlineData("Rails, Hotwire, and Sidekiq", new[] { "Rails", "Hotwire", "Sidekiq" })]
    [InlineData("Android and iOS apps, Kotlin", new[] { "Android and iOS apps", "Kotlin" })]
    [InlineData("Go 1.22\nchi (router\nsqlc", new[] { "Go 1.22", "chi (router", "sqlc" })]
    [InlineData("Node 20.x..., etc.", new[] { "Node 20.x..." })]
    [InlineData(" , ;", new string[0])]
    public void Split_StackLine_GivesItemsAsWritten(string text, string[] expected)
    {
        Assert.Equal(expected, StackItems.Split(text));
    }
}
