using Groundplan.Ingest;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest;

public sealed class SelectionFilterTests
{
    [Fact]
    public void Load_PackWithIncludeAndIgnore_KeepsOnlyTheSelectionAndSaysSo()
    {
        // Given a repomix pack of the webapp fixture
        var pack = Path.Combine(TestPaths.Fixtures, "packs", "webapp-mini", "xml-default.xml");
        var options = new IngestOptions { Include = ["src/**"], Ignore = ["src/app/"] };

        // When it is read with a selection
        var codebase = new CodebaseLoader().Load(pack, options);

        // Then only src/ outside src/app/ is kept, and the codebase says what it left out
        Assert.NotEmpty(codebase.Files);
        Assert.All(codebase.Files, f => Assert.True(f.Path.StartsWith("src/", StringComparison.Ordinal) && !f.Path.StartsWith("src/app/", StringComparison.Ordinal), f.Path));
        Assert.Contains(codebase.Unknowns, u => u.Scope == "files outside the selection");
        Assert.Equal(OriginKind.Pack, codebase.Origin.Kind);
    }

    [Fact]
    public void Load_PackWithoutSelection_KeepsEveryFile()
    {
        var pack = Path.Combine(TestPaths.Fixtures, "packs", "webapp-mini", "xml-default.xml");
        var dir = new CodebaseLoader().Load(Path.Combine(TestPaths.Fixtures, "repos", "webapp-mini"));

        var codebase = new CodebaseLoader().Load(pack);

        Assert.Equal(dir.Files.Select(f => f.Path), codebase.Files.Select(f => f.Path));
    }
}
