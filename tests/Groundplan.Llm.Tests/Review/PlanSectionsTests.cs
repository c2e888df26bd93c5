using Groundplan.Llm.Review;

namespace Groundplan.Llm.Tests.Review;

public sealed class PlanSectionsTests
{
    [Fact]
    public void Replace_SectionInTheMiddle_KeepsTheSectionsAfterIt()
    {
        // Given a plan with the audit between two sections, holding a sub-heading
        var plan = "# Plan: X (x)\n\n## Plan Completeness Audit\n\n- old\n\n### detail\n\n## Open Questions\n\nNone.\n";

        // When the audit body is replaced
        var text = PlanSections.Replace(plan, "## Plan Completeness Audit", "- [x] new\n");

        // Then only its body changed, sub-heading included
        Assert.Equal("# Plan: X (x)\n\n## Plan Completeness Audit\n\n- [x] new\n\n## Open Questions\n\nNone.\n", text);
    }

    [Fact]
    public void Replace_MissingSection_AppendsIt()
    {
        // Given / When
        var text = PlanSections.Replace("### Implementation Plan: X\n", "#### Open Questions", "- [NEEDS CONFIRMATION] Q?\n");

        // Then
        Assert.Equal("### Implementation Plan: X\n\n#### Open Questions\n\n- [NEEDS CONFIRMATION] Q?\n", text);
    }
}
