using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Recon.Symbols.CSharp;

namespace Groundplan.Tests.Recon.Symbols.CSharp;

public sealed class CSharpIndexerTests
{
    private static IReadOnlyList<CodeSymbol> SymbolsOf(string path, string source) => IndexedSource.Symbols(c => new CSharpIndexer(c), path, source);

    private static string Row(CodeSymbol s) => IndexedSource.Row(s, "private");

    [Fact]
    public void Symbols_TypesAndMembers_KindsSpansVisibilityAndSignatures()
    {
        // Given a file-scoped namespace with attributes, records, generics and a multi-line signature
        const string source = """
            namespace Blog.Posts;

            [Serializable]
            public sealed class PostService
            {
                public const int MaxTitle = 120, MinTitle = 3;
                private const string Secret = "class Fake { }";

                public string Title { get; init; } = "";

                [Obsolete("use Find")]
                public async Task<T?> Load<T>(
                    int id,
                    CancellationToken token) where T : class
                {
                    return await Task.FromResult<T?>(null);
                }

                void Helper() { }

                private sealed class Cache { public void Clear() { } }
            }

            public record Post(int Id, string Title);
            internal record struct Slug(string Value);
            public interface IPostStore { Post? Find(int id); }
            enum Status { Draft, Published }
            """;

        // When it is indexed
        var symbols = SymbolsOf("src/Posts/PostService.cs", source);

        // Then each declaration has its kind, span, container and visibility
        Assert.Equal(
            [
                "Module Blog.Posts 1-27 in -",
                "Class PostService 4-22 in Blog.Posts",
                "Constant MaxTitle 6-6 in Blog.Posts.PostService",
                "Constant MinTitle 6-6 in Blog.Posts.PostService",
                "Constant Secret 7-7 in Blog.Posts.PostService private",
                "Variable Title 9-9 in Blog.Posts.PostService",
                "Method Load 12-17 in Blog.Posts.PostService",
                "Method Helper 19-19 in Blog.Posts.PostService private",
                "Class Cache 21-21 in Blog.Posts.PostService private",
                "Method Clear 21-21 in Blog.Posts.PostService.Cache private",
                "Class Post 24-24 in Blog.Posts",
                "Struct Slug 25-25 in Blog.Posts",
                "Interface IPostStore 26-26 in Blog.Posts",
                "Method Find 26-26 in Blog.Posts.IPostStore",
                "Enum Status 27-27 in Blog.Posts",
            ],
            symbols.Select(Row).ToArray());
        Assert.Equal("public async Task<T?> Load<T>(", symbols.Single(s => s.Name == "Load").Signature);
        Assert.Equal("public sealed class PostService", symbols.Single(s => s.Name == "PostService").Signature);
    }

    [Fact]
    public void Symbols_MinimalApisAndControllers_RoutesWithPrefixes()
    {
        // Given minimal APIs with groups and an attribute-routed controller
        const string source = """
            var app = WebApplication.Create(args);
            app.MapGet("/health", () => "ok");
            var api = app.MapGroup("/api").RequireAuthorization();
            var posts = api.MapGroup("posts");
            posts.MapPost("/", (Post p) => Results.Created());
            posts.MapDelete("{id:int}", (int id) => Results.NoContent());
            app.Run();

            [ApiController]
            [Route("api/[controller]")]
            public class UsersController : ControllerBase
            {
                [HttpGet]
                public IActionResult List() => Ok();

                [HttpGet("{id}")]
                public IActionResult Get(int id) => Ok();

                [HttpPut("/profile")]
                public IActionResult Profile() => Ok();
            }
            """;

        // When it is indexed
        var routes = SymbolsOf("Program.cs", source).Where(s => s.Kind == SymbolKind.Route).Select(s => $"{s.StartLine} {s.Name} {s.Container}").ToArray();

        // Then every route carries its verb and full path
        Assert.Equal(
            [
                "2 GET /health ",
                "5 POST /api/posts ",
                "6 DELETE /api/posts/{id:int} ",
                "14 GET /api/Users UsersController.List",
                "17 GET /api/Users/{id} UsersController.Get",
                "20 PUT /profile UsersController.Profile",
            ],
            routes);
    }

    [Fact]
    public void Imports_NamespaceDeclaredInGeneratedDesigner_ResolvesToHandWrittenFilesOnly()
    {
        // Given a migration and its generated designer declaring one namespace
        var files = new Dictionary<string, string>
        {
            ["Data/Migrations/20240101_Init.cs"] = "namespace Blog.Migrations;\npublic partial class Init { }\n",
            ["Data/Migrations/20240101_Init.Designer.cs"] = "// <auto-generated />\nnamespace Blog.Migrations;\npartial class Init { }\n",
            ["Web/Startup.cs"] = "using Blog.Migrations;\n",
        };

        // When the consumer's usings are read
        var edges = IndexedSource.Imports(c => new CSharpIndexer(c), files, "Web/Startup.cs");

        // Then the generated file is not a target: it is neither indexed nor parsed for namespaces
        Assert.Equal(["1 Blog.Migrations -> Data/Migrations/20240101_Init.cs"], edges);
    }

    [Fact]
    public void Imports_Usings_ResolveToFilesDeclaringTheNamespace()
    {
        // Given two files declaring one namespace and a consumer that also uses the framework
        var files = new Dictionary<string, string>
        {
            ["src/Data/Db.cs"] = "namespace Blog.Data;\npublic class Db { }\n",
            ["src/Data/Repo.cs"] = "namespace Blog.Data\n{\n    public class Repo { }\n}\n",
            ["src/Web/Home.cs"] = "global using System.Text;\nusing Blog.Data;\nusing static Blog.Data.Db;\nusing Json = System.Text.Json;\n\nnamespace Blog.Web;\n",
        };

        // When the consumer's usings are read
        var edges = IndexedSource.Imports(c => new CSharpIndexer(c), files, "src/Web/Home.cs");

        // Then repo namespaces resolve to their files and framework ones stay external
        Assert.Equal(
            [
                "1 System.Text -> ",
                "2 Blog.Data -> src/Data/Db.cs,src/Data/Repo.cs",
                "3 Blog.Data.Db -> src/Data/Db.cs,src/Data/Repo.cs",
                "4 System.Text.Json -> ",
            ],
            edges);
    }

    [Fact]
    public void ReconEngine_Run_FindsTheGoRubyAndCSharpIndexers()
    {
        // Given one file in each language
        using var dir = new TempDirectory();
        dir.Write("a.cs", "class A { }\n");
        dir.Write("b.go", "package b\n\nfunc B() {}\n");
        dir.Write("c.rb", "class C\nend\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When recon runs with no detectors
        var report = new ReconEngine([]).Run(codebase);

        // Then the engine discovered all three indexers by reflection
        Assert.Equal(["a.cs Class A", "b.go Module b", "b.go Function B", "c.rb Class C"], report.Symbols.Select(s => $"{s.Path} {s.Kind} {s.Name}").ToArray());
        Assert.Empty(report.Diagnostics);
    }
}
