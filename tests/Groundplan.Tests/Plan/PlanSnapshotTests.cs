using Groundplan.Render;

namespace Groundplan.Tests.Plan;

/// <summary>Every format for every case, compared with the files under Plan/Expected (GROUNDPLAN_UPDATE_SNAPSHOTS=1 rewrites them).</summary>
public sealed class PlanSnapshotTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (fixture, request) in PlanFixtures.Cases)
        {
            foreach (var format in PlanFormats.Names)
            {
                data.Add(fixture, request, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryCaseAndFormat_MatchesSnapshot(string fixture, string request, string formatName)
    {
        Assert.True(PlanFormats.TryParse(formatName, out var format));
        var plan = PlanFixtures.Plan(fixture, request);

        var text = PlanRenderer.Render(plan, format);

        Snapshot.Match(text, "Plan", "Expected", $"{PlanFixtures.CaseName(fixture, request)}.{formatName}{PlanFormats.Extension(format)}");
    }
}
