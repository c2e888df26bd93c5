using Groundplan.Llm.Repair;
using Groundplan.Render;

namespace Groundplan.Llm.Tests.Repair;

public sealed class GroundingValidatorTests
{
    private static readonly GroundingValidator Validator = new(["src/app/actions/posts.ts", "prisma/schema.prisma"], ["npm run db:migrate", "npm test"]);

    private const string Phases = "### Implementation Plan: X\n#### Phase 1: a\n#### Phase 2: b\n#### Phase 3: c\n#### Phase 4: d\n";

    [Fact]
    public void Validate_RoutesFoldersNewFilesAndCode_AreNotFlagged()
    {
        // Given a plan with a route, a folder, a new file, a command with arguments, and an invented path inside a code block
        var plan = Phases
            + "- [ ] Call `/api/posts` from `src/app/actions/`.\n"
            + "- [ ] Create the new file `src/lib/bookmarks.ts`.\n"
            + "- [ ] Run `npm run db:migrate -- --name bookmarks`.\n"
            + "```ts\nimport x from `src/lib/invented.ts`;\n```\n";

        // When / Then
        Assert.Empty(Validator.Validate(plan, PlanFormat.Checklist));
    }

    [Fact]
    public void Validate_InventedPathCommandAndMissingPhase_ReportsEachWithItsLine()
    {
        // Given a plan missing phase 4, with an invented path and command
        var plan = Phases.Replace("#### Phase 4: d\n", "", StringComparison.Ordinal) + "- [ ] Open `src/lib/nope.ts`.\n- [ ] Run `yarn migrate`.\n";

        // When
        var problems = Validator.Validate(plan, PlanFormat.Checklist).Select(p => p.ToString()).ToArray();

        // Then
        Assert.Equal(
            [
                "error LLM001: the checklist format requires the section 'Phase 4: Testing and Validation' (a line starting with '#### Phase 4')",
                "line 5: error LLM002: `src/lib/nope.ts` is not a file in the codebase; use an existing path, or say the file is new (\"Create the new file `src/lib/nope.ts`\")",
                "line 6: error LLM003: `yarn migrate` is not a command this project defines; use one of: `npm run db:migrate`, `npm test`",
            ],
            problems);
    }

    [Theory]
    [InlineData("```markdown\n### Plan\nbody\n```", "### Plan\nbody\n")]
    [InlineData("Sure! Here is the plan:\n\n### Plan\nbody", "### Plan\nbody\n")]
    [InlineData("### Plan\n```ts\ncode\n```", "### Plan\n```ts\ncode\n```\n")]
    public void Clean_FencesAndChatter_AreRemoved(string reply, string expected) =>
        Assert.Equal(expected, ReplyCleaner.Clean(reply));
}
