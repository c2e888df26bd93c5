namespace Groundplan.Llm.Prompts;

/// <summary>The review passes' instructions and the follow-up turns of the repair and question loops.</summary>
internal static class ReviewPrompts
{
    public const string ImplementerReview = """
        Review pass: implementer. Read the plan as the engineer who must build it with nothing but this plan and the
        codebase. Could you implement every step without asking anything? Check: every file a step touches is named
        with its path; every new function, route, type or setting is named; each step says what changes in which file;
        the order of steps respects their dependencies; data changes come with their migration command; caches written
        data affects are invalidated; authorization is checked in every new entry point.

        Answer with a Markdown checklist only, one line per check:
        `- [x] <what you verified>` for a check that holds, `- [ ] <what is missing or ambiguous, and where>` for a gap.
        """;

    public const string QaReview = """
        Review pass: QA and release. Read the plan as the engineer who must prove it works and ship it. Check: every
        requirement has an acceptance criterion that a test or a manual check can decide; the tests named exist in the
        project's test framework and folders; the commands that run them are the project's own; the verification steps
        are observable; rollout is described and rollback undoes every change, migrations included.

        Answer with a Markdown checklist only, one line per check:
        `- [x] <what you verified>` for a check that holds, `- [ ] <what is missing, and where>` for a gap.
        """;

    public const string Questions = """
        Review pass: clarifying questions. Read the plan and the request as the reviewer who must sign the plan off.
        List the questions whose answers would change what gets built: scope, behaviour in edge cases, data ownership,
        permissions, compatibility. Leave out anything the codebase already answers and anything a sensible default
        settles (state that default as an assumption in the plan instead). Mark a question blocking only when the plan
        cannot be implemented correctly without its answer.

        Answer with a JSON array only, no prose, for example:
        [{"question": "Should archived projects appear in search?", "blocking": true, "why": "Step 3 filters the query"}]
        Answer [] when nothing needs asking.
        """;

    public const string Repair = """
        The plan you wrote fails the project's checks. Fix every problem below and reply with the whole corrected plan
        (not a diff, no commentary). Use only paths and commands that exist in the codebase material, or mark a file as
        new explicitly. Keep everything that was right.
        """;

    public const string CloseGaps = """
        Reviewers found these gaps in the plan. Revise the plan to close each one and reply with the whole revised plan
        (no commentary). Do not invent paths or commands to close a gap; state an ASSUMPTION instead when the codebase
        material does not settle it.
        """;

    public const string FoldAnswers = """
        The user answered these questions about the plan. Revise the plan so it reflects every answer (requirements,
        steps, tests, assumptions) and reply with the whole revised plan, no commentary.
        """;

    public const string Skeleton = """
        A deterministic first draft made from the same analysis follows. Use it as the skeleton: keep its grounded
        paths, commands and structure, and refine it into the full plan (fill gaps, make steps concrete, remove
        anything that does not fit the request).
        """;
}
