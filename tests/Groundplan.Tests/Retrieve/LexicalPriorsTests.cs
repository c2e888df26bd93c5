using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

public sealed class LexicalPriorsTests
{
    [Fact]
    public void Rank_FeatureNameRepeatedInTranslations_StillRare()
    {
        // Given a feature named in one component and in thirty translation files, and a common word in five components
        using var dir = new TempDirectory();
        dir.Write("package.json", """{ "name": "app" }""");
        dir.Write("src/trips/Itinerary.tsx", "export function Itinerary() { return <div>itinerary</div>; }\n");
        for (var i = 0; i < 5; i++)
        {
            dir.Write($"src/components/Panel{(char)('A' + i)}.tsx", "export function Panel() { const filter = useFilter(); return filter(filter); }\n");
        }

        for (var i = 0; i < 30; i++)
        {
            dir.Write($"src/lang/l{i:D2}.json", """{ "label.itinerary": "Itinerary", "label.itineraries": "Itineraries" }""");
        }

        // When a request names the feature and the common word
        var result = RetrieveFixture.Rank(dir.Path, "itinerary filter");

        // Then the translations do not make the feature's name look common: its component ranks first
        Assert.Equal("src/trips/Itinerary.tsx", result.RankedFiles[0].Path);
    }

    [Fact]
    public void Rank_LargeResourceGroup_EachMemberGetsLessThanInASmallOne()
    {
        // Given a model with one namesake elsewhere and another with seven
        using var dir = new TempDirectory();
        dir.Write("app/models/invoice.rb", "class Invoice\n  def archive; end\nend\n");
        dir.Write("app/controllers/invoices_controller.rb", "class InvoicesController\nend\n");
        dir.Write("app/models/device.rb", "class Device\n  def archive; end\nend\n");
        foreach (var role in (string[])["controller", "helper", "service", "repository", "serializer", "handler", "form"])
        {
            dir.Write($"app/{role}s/device_{role}.rb", "class X\nend\n");
        }

        // When a request matches both models equally
        var result = RetrieveFixture.Rank(dir.Path, "archive");

        // Then the lone namesake takes a larger share of its model's score than each of the seven
        double Share(string path, string model) =>
            result.RankedFiles.Single(f => f.Path == path).Reasons.Where(r => r.Detail == $"same resource as {model}").Sum(r => r.Contribution)
            / result.RankedFiles.Single(f => f.Path == model).Score;
        Assert.True(Share("app/controllers/invoices_controller.rb", "app/models/invoice.rb") > 1.3 * Share("app/helpers/device_helper.rb", "app/models/device.rb"));
    }

    [Theory]
    [InlineData("ui/src/app/cart/cart.component.scss", 0.5)]
    [InlineData("static/css/site.css", 0.5)]
    [InlineData("web/src/less/card.less", 0.5)]
    [InlineData("ui/src/app/cart/cart.component.ts", 1.0)]
    [InlineData("public/intl/de-DE.json", 0.15)]
    [InlineData(".prettierrc.yaml", 0.3)]
    [InlineData("web/.eslintrc.json", 0.3)]
    [InlineData("api/gen/openapi.yaml", 0.15)]
    [InlineData(".env.example", 1.0)]
    [InlineData("web/src/types/proto/api/v1/user_service_pb.ts", 0.3)]
    [InlineData("api/v1/user_service.pb.gw.go", 0.3)]
    [InlineData("server/user_service.go", 1.0)]
    [InlineData("static/babybuddy/js/app.818b5a7636cd.js", 0.15)]
    [InlineData("static/js/main-3f2a9c81d4e7b605.js", 0.15)]
    [InlineData("db/migrate/20240816071555_add_col_sep_to_imports.rb", 0.35)]
    [InlineData("src/lib/decade.ts", 1.0)]
    [InlineData("src/lib/sha256.deadbeef.ts", 1.0)]
    public void NoiseFactor_StylesheetsTranslationsToolingAndGenerated_Discounted(string path, double expected)
    {
        Assert.Equal(expected, PathKinds.NoiseFactor(path));
    }
}
