using System.Text;
using System.Text.Json;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Output;

namespace Groundplan.Tests.Recon.Output;

public sealed class ReconOutputTests
{
    private static readonly Codebase Codebase = new()
    {
        Origin = new FileOrigin(OriginKind.Directory, "/repo"),
        Files = [],
        Unknowns = [new UnknownPart("file contents", "a context document shows only snippets")],
    };

    private static readonly ReconReport Report = new()
    {
        Facts =
        [
            new(ReconTopic.DataLayer, "prisma", "Prisma 6.8 | PostgreSQL", FactStatus.Found, [new Evidence("package.json", 12, "\"@prisma/client\": \"^6.8.2\"")], "node.prisma"),
            new(ReconTopic.MigrationCommand, "prisma", "npx prisma migrate dev --name <name>", FactStatus.FrameworkDefault, [new Evidence("prisma/schema.prisma", 1)], "node.prisma"),
            new(ReconTopic.Cache, "cache", "unknown: the codebase shows no evidence", FactStatus.Unknown, [], "recon"),
        ],
        Symbols = [new CodeSymbol("requireUser", SymbolKind.Function, "src/lib/auth.ts", 30, 36, null, true, "export async function requireUser()")],
        Imports =
        [
            new ImportEdge("src/app/page.tsx", "@/lib/db", 1, ["src/lib/db.ts"]),
            new ImportEdge("src/app/posts/page.tsx", "@/lib/auth", 2, ["src/lib/auth.ts"]),
            new ImportEdge("src/lib/db.ts", "@prisma/client", 1, []),
        ],
    };

    [Fact]
    public void Render_Markdown_MatchesSnapshot()
    {
        Snapshot.Match(ReconMarkdownRenderer.Render(Codebase, Report), "Recon", "Output", "Expected", "recon.md");
    }

    [Fact]
    public void Write_Json_CarriesFactsEvidenceUnknownsAndModules()
    {
        using var stream = new MemoryStream();
        ReconJsonWriter.Write(Codebase, Report, stream, withIndex: true);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal("groundplan.recon/1", root.GetProperty("schema").GetString());
        var facts = root.GetProperty("facts");
        Assert.Equal(3, facts.GetArrayLength());
        Assert.Equal("framework-default", facts[1].GetProperty("status").GetString());
        Assert.Equal(12, facts[0].GetProperty("evidence")[0].GetProperty("line").GetInt32());
        Assert.Equal("file contents", root.GetProperty("unknownParts")[0].GetProperty("scope").GetString());
        var edge = Assert.Single(root.GetProperty("modules").GetProperty("edges").EnumerateArray());
        Assert.Equal(("src/app", "src/lib", 2), (edge.GetProperty("from").GetString(), edge.GetProperty("to").GetString(), edge.GetProperty("imports").GetInt32()));
        Assert.Equal("requireUser", root.GetProperty("symbols")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("README.md", "(root)")]
    [InlineData("prisma/schema.prisma", "prisma")]
    [InlineData("src/app/posts/[slug]/page.tsx", "src/app")]
    public void ModuleOf_Path_DirectoryTwoLevelsDeep(string path, string module)
    {
        Assert.Equal(module, ModuleGraph.ModuleOf(path));
    }
}
