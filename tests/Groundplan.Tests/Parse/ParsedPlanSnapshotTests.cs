using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Groundplan.Render;

namespace Groundplan.Tests.Parse;

public sealed class ParsedPlanSnapshotTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Fixtures() => [.. PlanFixtures.All()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_Fixture_MatchesSnapshot(string name)
    {
        // Given / When
        var parsed = PlanFixtures.Parse(name);

        // Then the model and every located element, as the lint rules see them
        var located = JsonSerializer.Serialize(
            new
            {
                parsed.Format,
                parsed.WrappedInFence,
                parsed.Title,
                parsed.ExportPath,
                parsed.OutsideLines,
                parsed.Headings,
                parsed.PhaseHeadings,
                parsed.TaskLabels,
                parsed.ListItems,
                parsed.ImpactTable,
                parsed.Markers,
                parsed.Fences,
                parsed.CodeSpans,
                Steps = parsed.Plan.Phases.SelectMany(p => p.Tasks).SelectMany(t => t.Steps).Select(s => new { s.SourceLine, s.Text }),
            },
            Options);
        Snapshot.Match(PlanRenderer.Render(parsed.Plan, PlanFormat.Json) + "---\n" + located + "\n", "Parse", "Expected", Path.ChangeExtension(name, ".parsed.txt"));
    }
}
