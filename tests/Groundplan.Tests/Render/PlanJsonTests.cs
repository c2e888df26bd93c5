using System.Text.Json;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Tests.Render;

public sealed class PlanJsonTests
{
    private static string Schema => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "plan.schema.json"));

    public static TheoryData<string> Plans() => [.. TestPlans.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Render_Json_ValidatesAgainstTheSchema(string name)
    {
        // Given
        var json = PlanRenderer.Render(TestPlans.All.Single(p => p.Name == name).Plan, PlanFormat.Json);

        // When
        var errors = JsonSchemaChecker.Check(Schema, json);

        // Then
        Assert.Empty(errors);
    }

    [Fact]
    public void Render_Json_KeysInTheSchemasOrder()
    {
        // Given
        using var schema = JsonDocument.Parse(Schema);
        using var plan = JsonDocument.Parse(PlanRenderer.Render(TestPlans.Bookmarks(), PlanFormat.Json));

        // When
        var documented = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var written = plan.RootElement.EnumerateObject().Select(p => p.Name);
        var phaseDocumented = schema.RootElement.GetProperty("$defs").GetProperty("phase").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var phaseWritten = plan.RootElement.GetProperty("phases")[0].EnumerateObject().Select(p => p.Name);

        // Then every key is documented, in the order written
        Assert.Equal(documented, written);
        Assert.Equal(phaseDocumented, phaseWritten);
    }

    [Theory]
    [InlineData("""{"title": "x", "slug": "Not A Slug", "summary": "y"}""", "slug")]
    [InlineData("""{"title": "x", "summary": "y"}""", "missing required 'slug'")]
    [InlineData("""{"title": "x", "slug": "x", "summary": "y", "phases": [{"kind": "database", "title": "t"}]}""", "kind")]
    [InlineData("""{"title": "x", "slug": "x", "summary": "y", "extra": 1}""", "unexpected key 'extra'")]
    [InlineData("""{"title": "x", "slug": "x", "summary": "y", "goals": "one"}""", "goals")]
    public void Check_InvalidDocument_ReportsTheProblem(string json, string expected)
    {
        // When
        var errors = JsonSchemaChecker.Check(Schema, json);

        // Then the checker is not a rubber stamp
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MinimalJson_DefaultsForOmittedKeys()
    {
        // Given
        const string json = """{"title": "Bookmarks", "slug": "bookmarks", "summary": "Save posts.", "phases": [{"kind": "backend", "title": "Backend Logic"}]}""";

        // When
        var parsed = PlanParser.Parse(json);

        // Then
        Assert.Equal(PlanFormat.Json, parsed.Format);
        Assert.Equal("bookmarks", parsed.Plan.Slug);
        Assert.Empty(parsed.Plan.Goals);
        Assert.Empty(Assert.Single(parsed.Plan.Phases).Tasks);
        Assert.Empty(JsonSchemaChecker.Check(Schema, json));
    }

    [Theory]
    [InlineData("{\n  \"title\": \"x\",\n  \"slug\": \"x\"\n  \"summary\": \"y\"\n}", 4, 3)]
    [InlineData("{\n  \"title\": \"x\",\n  \"slug\": \"x\",\n  \"summary\": \"y\",\n  \"goals\": [1]\n}", 5, 14)]
    [InlineData("{\n  \"title\": \"x\",\n  \"summary\": \"y\"\n}", 4, 2)]
    [InlineData("{\n  \"title\": \"x\", \"slug\": \"x\", \"summary\": \"y\",\n  \"colour\": \"red\"\n}", 3, 12)]
    public void Parse_BadJson_GroundplanExceptionWithFileLineColumn(string json, int line, int column)
    {
        // When
        var error = Assert.Throws<GroundplanException>(() => PlanParser.Parse(json, PlanFormat.Json, "plan.json"));

        // Then
        Assert.Equal(("plan.json", line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith($"plan.json:{line}:{column}: not a valid JSON plan", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }
}
