using Groundplan.Parse;
using Groundplan.Render;
using Groundplan.Tests.Render;

namespace Groundplan.Tests.Parse;

public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(TestPlans.InEveryFormat), MemberType = typeof(TestPlans))]
    public void Parse_RenderedPlan_GivesTheFormatsProjection(string name, PlanFormat format)
    {
        // Given
        var plan = TestPlans.Named(name);
        var text = PlanRenderer.Render(plan, format);

        // When
        var parsed = PlanParser.Parse(text, format);

        // Then
        Assert.Equal(format, parsed.Format);
        Assert.Equal(PlanRenderer.Render(PlanProjection.Of(format, plan), PlanFormat.Json), PlanRenderer.Render(parsed.Plan, PlanFormat.Json));
    }

    [Theory]
    [MemberData(nameof(TestPlans.InEveryFormat), MemberType = typeof(TestPlans))]
    public void Parse_RenderedPlanWithoutFormat_DetectsTheFormat(string name, PlanFormat format)
    {
        // Given
        var text = PlanRenderer.Render(TestPlans.Named(name), format);

        // When
        var parsed = PlanParser.Parse(text);

        // Then
        Assert.Equal(format, parsed.Format);
        Assert.True(parsed.FormatDetected);
    }

    [Theory]
    [MemberData(nameof(TestPlans.InEveryFormat), MemberType = typeof(TestPlans))]
    public void Render_ParsedPlan_SameText(string name, PlanFormat format)
    {
        // Given a rendered plan read back
        var text = PlanRenderer.Render(TestPlans.Named(name), format);
        var parsed = PlanParser.Parse(text, format);

        // When it is rendered again
        var again = PlanRenderer.Render(parsed.Plan, format);

        // Then the format is a fixed point
        Assert.Equal(text, again);
    }

    [Fact]
    public void Projection_DropsWhatTheChecklistDoesNotCarry()
    {
        // Given
        var plan = TestPlans.Bookmarks();

        // When
        var projected = PlanProjection.Checklist(plan);

        // Then the projection is not the identity: the round trip really compares less than the whole plan
        Assert.Empty(projected.ImpactedFiles);
        Assert.Empty(projected.Phases.SelectMany(p => p.Tasks).SelectMany(t => t.Signatures));
        Assert.Equal(plan.Phases.Sum(p => p.Tasks.Count), projected.Phases.Sum(p => p.Tasks.Count));
    }
}
