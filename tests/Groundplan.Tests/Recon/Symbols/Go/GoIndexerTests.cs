using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Go;
using Groundplan.Tests.Recon.Symbols.CSharp;

namespace Groundplan.Tests.Recon.Symbols.Go;

public sealed class GoIndexerTests
{
    private static IReadOnlyList<CodeSymbol> SymbolsOf(string path, string source) => IndexedSource.Symbols(c => new GoIndexer(c), path, source);

    private static string Row(CodeSymbol s) => IndexedSource.Row(s, "unexported");

    [Fact]
    public void Symbols_DeclarationsAmongRawStringsRunesAndComments_AreFoundWithTheirSpans()
    {
        // Given Go code whose comments, raw strings and runes hide declarations and braces
        const string source = """
            // Package store keeps posts. func Fake() {}
            package store

            import "fmt"

            const (
                MaxPosts = 10
                minLen, maxLen = 1, 2
                _ = iota
            )

            var query = `
            func NotReal() {
            }`

            type (
                Post struct {
                    Title string `json:"title"`
                }
                Reader interface{ Read() (Post, error) }
            )

            type List[T any] struct{ items []T }
            type Grid [4]int
            type ID = string

            /* func Hidden() { */
            func New(
                title string,
                quote rune,
            ) *Post {
                if quote == '{' || quote == '"' {
                    return nil
                }
                return &Post{Title: fmt.Sprint(title, "}")}
            }

            func (l *List[T]) Push(item T) { l.items = append(l.items, item) }

            func (p Post) done() <-chan struct{} {
                return nil
            }
            """;

        // When it is indexed
        var rows = SymbolsOf("store/post.go", source).Select(Row).ToArray();

        // Then each declaration has its kind, exported flag and span
        Assert.Equal(
            [
                "Module store 2-42 in -",
                "Constant MaxPosts 7-7 in -",
                "Constant minLen 8-8 in - unexported",
                "Constant maxLen 8-8 in - unexported",
                "Variable query 12-14 in - unexported",
                "Struct Post 17-19 in -",
                "Interface Reader 20-20 in -",
                "Struct List 23-23 in -",
                "Type Grid 24-24 in -",
                "Type ID 25-25 in -",
                "Function New 28-36 in -",
                "Method Push 38-38 in List",
                "Method done 40-42 in Post unexported",
            ],
            rows);
    }

    [Fact]
    public void Symbols_HandlersAndRouters_RoutesWithGroupPrefixes()
    {
        // Given net/http, gin and chi registrations
        const string source = """
            package web

            func routes(mux *http.ServeMux, r *gin.Engine, c chi.Router) {
                mux.HandleFunc("GET /posts/{id}", showPost)
                mux.Handle("/static/", files)
                v1 := r.Group("/api/v1")
                v1.GET("/posts", listPosts)
                v1.POST("/posts", createPost)
                c.Route("/admin", func(c chi.Router) {
                    c.Get("/users", listUsers)
                })
                c.Delete("/sessions", logout)
                cache.Get("key", nil)
            }
            """;

        // When it is indexed
        var routes = SymbolsOf("web/routes.go", source).Where(s => s.Kind == SymbolKind.Route).Select(s => $"{s.StartLine} {s.Name}").ToArray();

        // Then the routes carry their verbs and full paths, and a cache lookup is not one
        Assert.Equal(
            ["4 GET /posts/{id}", "5 ANY /static/", "7 GET /api/v1/posts", "8 POST /api/v1/posts", "10 GET /admin/users", "12 DELETE /sessions"],
            routes);
    }

    [Fact]
    public void Imports_ModulePackages_ResolveToThePackagesNonTestFiles()
    {
        // Given a module with an internal package
        var files = new Dictionary<string, string>
        {
            ["go.mod"] = "module example.com/blog // the blog\n\ngo 1.22\n",
            ["cmd/server/main.go"] = "package main\n\nimport (\n\t\"net/http\"\n\tdb \"example.com/blog/internal/store\"\n\t_ \"example.com/blog\"\n)\n\nfunc main() {}\n",
            ["internal/store/post.go"] = "package store\n",
            ["internal/store/user.go"] = "package store\n",
            ["internal/store/post_test.go"] = "package store\n",
            ["blog.go"] = "package blog\n",
        };

        // When main's imports are read
        var edges = IndexedSource.Imports(c => new GoIndexer(c), files, "cmd/server/main.go");

        // Then module packages resolve to their files and the standard library stays external
        Assert.Equal(
            ["4 net/http -> ", "5 example.com/blog/internal/store -> internal/store/post.go,internal/store/user.go", "6 example.com/blog -> blog.go"],
            edges);
    }
}
