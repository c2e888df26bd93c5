using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Python;

namespace Groundplan.Tests.Recon.Symbols.Python;

public sealed class PythonIndexerTests
{
    private static (PythonIndexer Indexer, Codebase Codebase) Load(TempDirectory dir)
    {
        var codebase = new CodebaseLoader().Load(dir.Path);
        return (new PythonIndexer(codebase), codebase);
    }

    private static string Row(CodeSymbol s) => $"{s.Kind} {s.Name} {s.StartLine}-{s.EndLine} {s.Container} {(s.Exported ? "public" : "private")}";

    [Fact]
    public void Symbols_ClassesFunctionsAndModuleNames_HaveIndentationBasedLines()
    {
        // Given a module with a docstring holding fake code, decorators, a multiline signature, nested scopes and module-level names
        const string text = """
            '''Module doc.
            def fake():
            class Fake:
            '''
            MAX_RETRIES = 3
            _cache: dict[str, int] = {}

            @dataclass(frozen=True)
            class Point:
                x: int
                y: int = 0

                def norm(self,
                         other: "Point",
                ) -> float:
                    text = f"{self.x!r:>{width}} {'def'}"
                    def helper():
                        return 1
                    return helper()

                class Meta:
                    def label(self):
                        return '''
            not a dedent
            '''

            async def fetch(url):  # def in a comment
                return url
            """;
        using var dir = new TempDirectory();
        dir.Write("geo.py", text);
        var (indexer, codebase) = Load(dir);

        // When it is indexed
        var symbols = indexer.Symbols(codebase.Find("geo.py")!);

        // Then classes, methods (nested helpers left out), functions and module names are found with their extents
        Assert.Equal(
        [
            "Constant MAX_RETRIES 5-5  public",
            "Variable _cache 6-6  private",
            "Class Point 9-25  public",
            "Method norm 13-19 Point public",
            "Class Meta 21-25 Point public",
            "Method label 22-25 Point.Meta public",
            "Function fetch 27-28  public",
        ], symbols.Select(Row));
        Assert.Equal("@dataclass(frozen=True) class Point:", symbols.Single(s => s.Name == "Point").Signature);
    }

    [Fact]
    public void Symbols_FastApiFlaskAndDjangoRoutes_AreRouteSymbols()
    {
        // Given a FastAPI router with a prefix, a Flask route with methods and a Django urls.py
        using var dir = new TempDirectory();
        dir.Write("api/items.py", "router = APIRouter(prefix=\"/items\")\n\n@router.get(\"/{item_id}\")\nasync def read_item(item_id: int):\n    return item_id\n\n@app.route('/login', methods=['GET', 'POST'])\ndef login():\n    pass\n");
        dir.Write("blog/urls.py", "urlpatterns = [\n    path(\"posts/<int:pk>/\", views.post_detail, name=\"post\"),\n    path(\"api/\", include(\"api.urls\")),\n]\n");
        var (indexer, codebase) = Load(dir);

        // When they are indexed
        var routes = codebase.Files.SelectMany(indexer.Symbols).Where(s => s.Kind == SymbolKind.Route).Select(s => $"{s.Name} {s.Path}:{s.StartLine}-{s.EndLine}");

        // Then each route has its method and full path
        Assert.Equal(["GET /items/{item_id} api/items.py:4-5", "GET /login api/items.py:8-9", "POST /login api/items.py:8-9", "ANY /posts/<int:pk>/ blog/urls.py:2-2"], routes);
    }

    [Fact]
    public void Imports_RelativeAbsoluteAndExternal_ResolveToRepoFiles()
    {
        // Given a src layout package with relative and absolute imports
        using var dir = new TempDirectory();
        dir.Write("src/shop/__init__.py", string.Empty);
        dir.Write("src/shop/models.py", "class Order: ...\n");
        dir.Write("src/shop/util/__init__.py", string.Empty);
        dir.Write("src/shop/util/money.py", string.Empty);
        dir.Write("src/shop/api/views.py", """
            import os, shop.models as m
            from ..models import Order
            from ..util import money, CONSTANT
            from . import (
                serializers,
            )
            from shop.util.money import cents

            def f():
                import json
            """);
        dir.Write("src/shop/api/serializers.py", string.Empty);
        var (indexer, codebase) = Load(dir);

        // When the view module's imports are read
        var edges = indexer.Imports(codebase.Find("src/shop/api/views.py")!).Select(e => $"{e.Line} {e.Specifier} -> {string.Join(",", e.ToPaths)}");

        // Then package-relative and source-root imports resolve, standard library ones are external
        Assert.Equal(
        [
            "1 os -> ",
            "1 shop.models -> src/shop/models.py",
            "2 ..models -> src/shop/models.py",
            "3 ..util -> src/shop/util/__init__.py,src/shop/util/money.py",
            "4 . -> src/shop/api/serializers.py",
            "7 shop.util.money -> src/shop/util/money.py",
            "10 json -> ",
        ], edges);
    }
}
