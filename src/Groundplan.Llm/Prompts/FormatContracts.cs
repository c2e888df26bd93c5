using Groundplan.Render;

namespace Groundplan.Llm.Prompts;

/// <summary>Each plan format's contract in the project's own words: the sections, their order and what each must hold.</summary>
internal static class FormatContracts
{
    public static string For(PlanFormat format) => format switch
    {
        PlanFormat.Spec => Spec,
        PlanFormat.Blueprint => Blueprint,
        PlanFormat.Checklist => Checklist,
        _ => throw new GroundplanException($"the LLM engine writes checklist, spec or blueprint plans, not {format.ToString().ToLowerInvariant()}; render JSON from the parsed plan"),
    };

    public const string Checklist = """
        Format: the phased checklist.
        - First line: `### Implementation Plan: <feature title>`, then one sentence saying what the feature does and how
          it serves the user story.
        - Then exactly four phases, in this order and with these headings:
          `#### Phase 1: Data Layer & Schema`, `#### Phase 2: Backend Logic`, `#### Phase 3: Frontend Implementation`,
          `#### Phase 4: Testing and Validation`. Keep a phase that has nothing to do, with one item saying why.
        - Each phase holds numbered tasks written as `- [ ] **<phase>.<n>. <task name>**`, and under each task indented
          checkbox items `- [ ] ...`, each one concrete action: open or create a named file (path in backticks), add a
          named field or function, call a named existing function, or `Run `<command>``.
        - No vague items such as "implement the backend". Prefer many small verifiable steps.
        - Phase 4 names the project's test framework in the task titles and lists the exact tests to write and the
          command that runs them; add an end-to-end test when the project has an end-to-end framework.
        """;

    public const string Spec = """
        Format: the self-contained specification. Use these level-two headings, in this order, all of them:
        1. Title as the first line: `# Plan: <Feature Name> (<feat-name>)` where feat-name is a short kebab-case slug.
        2. `## Summary`: one paragraph.
        3. `## Goals` and 4. `## Non-Goals`: bullet lists.
        5. `## Requirements`: functional and non-functional, each a testable statement (no "should" or "might").
        6. `## Assumptions & Constraints`: explicit bullets; assumptions start with `ASSUMPTION:`.
        7. `## Current System Snapshot`: the architecture that matters for this feature, with file pointers.
        8. `## Impacted Files & Directories`: a table with the columns `Path | Change | Why`, where Change is one of
           new, edit, delete. Every file any step touches appears here, and only real paths or ones marked new.
        9. `## Implementation Plan`: numbered steps `### Step <n>: <name>`, each with `**Files:**`, `**Changes:**` (the
           functions, routes, schemas or settings to add or alter) and `**Notes:**` (gotchas, invariants to keep).
           Include migrations, backfills, feature flags and configuration changes where they apply.
        10. `## Data & Interface Contracts`: request and response shapes, schema changes, events, CLI arguments.
        11. `## Testing Plan`: the exact tests to add or update, where they live, and the commands that run them.
        12. `## Verification Checklist`: observable outcomes as `- [ ]` items, with how to check each.
        13. `## Rollout & Rollback`: how to ship it safely and how to undo it, migrations included.
        14. `## Plan Completeness Audit`: a checklist of what was verified (paths exist, commands exist, every
            requirement has a step and a test). No reasoning transcript.
        15. `## Open Questions`: only questions that truly block implementation, each marked `[NEEDS CONFIRMATION]`
            with one specific question; write `None.` when there are none.
        Style: concrete paths, identifiers and commands; tables and checklists over prose; imperative voice; never refer
        to "the discussion above": the document must stand alone.
        """;

    public const string Blueprint = """
        Format: the phased blueprint, an architecture document for a coding agent in a fresh session.
        - First line `# <Feature> Implementation Plan`, then `## Overview`, `## Current State Analysis`,
          `## Desired End State` (with how to verify it), `### Key Discoveries:` (bullets, each with a `path:line`
          reference, a pattern to follow, or a constraint), `## What We're NOT Doing`, `## Implementation Approach`.
        - Then phases `## Phase <n>: <name>`, each a complete, testable increment, in dependency order. Each phase has
          `### Overview`, `### Changes Required:` with one `#### <n>. <component>` block per file group giving
          `**File**: `path`` and `**Changes**: ...`, a fenced code block of the signatures to create (public functions,
          types with their fields, interfaces) in the codebase's language, `**Function Responsibilities:**` bullets
          that point to existing patterns by `path:line`, `**Testing Requirements:**` with a fenced block of test
          signatures, `**Test Objectives:**` bullets, and `**Context for implementation:**` bullets.
        - Signatures only: no function bodies, no algorithms, no query details, no private helpers. For new behaviour
          list new test signatures; for refactors list the existing tests that may need updating instead.
        - Each phase ends with `**Validation:**` listing the project's own commands (from its scripts, Makefile or CI)
          that prove the milestone, and a note that the work proceeds test first.
        """;
}
