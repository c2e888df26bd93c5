using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

public sealed class EndpointLinksTests
{
    [Theory]
    [InlineData("/api/shop/${shopId}/orders?range=7d", "api/shop/orders")]
    [InlineData("${this.baseUrl}admin/cache-clear", "admin/cache-clear")]
    [InlineData("/order/:orderId/item/{itemId}", "order/item")]
    [InlineData("/api/v1/users/<uuid:code>/keys/[n]/revoke", "api/v1/users/keys/revoke")]
    public void Segments_RouteOrUrl_KeepsLiteralSegmentsOnly(string path, string expected)
    {
        Assert.Equal(expected, string.Join('/', EndpointPaths.Segments(path)));
    }

    [Fact]
    public void Literals_ScriptText_FindsPathsButNotModulesOrUrls()
    {
        // Given script text with a fetch, a concatenated base URL, imports, a require and an absolute URL
        const string text = """
            import { api } from 'lib/api/client';
            const x = require('./util/format');
            const y = await fetch(`/api/shop/${id}/orders`);
            return this.http.post(this.baseUrl + 'admin/cache-clear', {});
            const docs = 'https://example.com/docs/page';
            const label = 'Save / cancel';
            """;

        // When its path literals are read; Then only the two calls remain
        Assert.Equal(["/api/shop/${id}/orders", "admin/cache-clear"], EndpointPaths.Literals(text).ToArray());
    }

    [Theory]
    [InlineData("pages/api/shop/[id]/orders.js", "/api/shop/[id]/orders")]
    [InlineData("src/app/api/invoices/export/route.ts", "/api/invoices/export")]
    [InlineData("src/pages/api/track.ts", "/api/track")]
    [InlineData("src/components/api/Client.tsx", null)]
    [InlineData("pages/api/readme.md", null)]
    public void FileRoute_NextJsFiles_RouteFromPlaceInTree(string path, string? expected)
    {
        Assert.Equal(expected, EndpointPaths.FileRoute(path));
    }

    [Fact]
    public void Rank_ComponentCallingAnApiRoute_RouteFileComesWithEndpointReason()
    {
        // Given a component that matches the request and calls an API route that shares no request word
        using var dir = new TempDirectory();
        dir.Write("package.json", """{ "name": "app", "dependencies": { "next": "14.0.0" } }""");
        dir.Write("components/sales/ComparisonBar.js", "export function ComparisonBar({ id }) {\n  const data = useFetch(`/api/shop/${id}/orders`);\n  return renderComparison(data);\n}\n");
        dir.Write("pages/api/shop/[id]/orders.js", "export default async function handler(req, res) {\n  res.json(await load(req.query.id));\n}\n");
        dir.Write("pages/api/shop/[id]/refunds.js", "export default async function handler(req, res) {\n  res.json([]);\n}\n");

        // When the request names the component's concern
        var result = RetrieveFixture.Rank(dir.Path, "comparison bar");
        var off = RetrieveFixture.Rank(dir.Path, "comparison bar", options: new RankingOptions { EndpointWeight = 0 });

        // Then the route it calls follows it with an endpoint reason, the route it does not call does not, and with the signal off neither
        var route = Assert.Single(result.RankedFiles, f => f.Path == "pages/api/shop/[id]/orders.js");
        Assert.Contains(route.Reasons, r => r.Signal == "endpoint" && r.Detail.Contains("components/sales/ComparisonBar.js", StringComparison.Ordinal));
        Assert.DoesNotContain(result.RankedFiles, f => f.Path == "pages/api/shop/[id]/refunds.js" && f.Reasons.Any(r => r.Signal == "endpoint"));
        Assert.DoesNotContain(off.RankedFiles, f => f.Reasons.Any(r => r.Signal == "endpoint"));
    }
}
