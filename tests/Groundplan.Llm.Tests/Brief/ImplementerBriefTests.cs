using Groundplan.Ingest;
using Groundplan.Llm.Brief;
using Groundplan.Llm.Tests.Loopback;

namespace Groundplan.Llm.Tests.Brief;

public sealed class ImplementerBriefTests
{
    [Fact]
    public void Compose_ChecklistPlanOverInkwell_ListsReusedFilesStepsAndAttachesThem()
    {
        // Given a checklist plan and the codebase it was made for
        var codebase = new CodebaseLoader().Load(Fixtures.Inkwell);

        // When the brief is composed
        var brief = ImplementerBrief.Compose(ScriptedModels.GoodChecklist(), codebase);

        // Then it opens with the reflection headings in order, names the reused and the new files, and lists the steps
        Assert.StartsWith("# Implementer brief: Post bookmarks\n", brief, StringComparison.Ordinal);
        var order = new[] { "### 1. Codebase-first analysis", "### 2. Specification review", "### 3. Development steps", "## Phase 2: Implementation", "## The approved plan", "## Context" }
            .Select(h => brief.IndexOf(h, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("The existing files the plan builds on:\n\n- `prisma/schema.prisma`\n- `src/app/actions/posts.ts`\n- `src/lib/session.ts`\n- `src/lib/cache-tags.ts`\n- `src/components/PostCard.tsx`\n", brief, StringComparison.Ordinal);
        Assert.Contains("- `src/lib/bookmarks.test.ts`\n", brief, StringComparison.Ordinal);
        Assert.Contains("1. Phase 1: Data Layer & Schema\n2. 1.1. Add the Bookmark model\n3. Phase 2: Backend Logic\n4. 2.1. Bookmark server action\n5. Phase 3: Frontend Implementation\n6. 3.1. Bookmark button\n7. Phase 4: Testing and Validation\n8. 4.1. Unit tests (Vitest)\n", brief, StringComparison.Ordinal);

        // and the files are attached as fenced data
        Assert.Contains("<file path=\"src/lib/cache-tags.ts\">", brief, StringComparison.Ordinal);
        Assert.Contains("<codebase_data source=\"files\">", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SecretInNamedFileAndTinyBudget_RedactsAndSaysWhatWasLeftOut()
    {
        // Given a plan naming a file with a token, and a budget that fits only that small file
        using var temp = new TempDirectory();
        var root = Fixtures.InkwellCopy(temp, ("src/lib/token.ts", $"export const t = \"{Fixtures.PlantedToken}\";\n"));
        var codebase = new CodebaseLoader().Load(root);
        var plan = "# Plan: Token (token)\n\n### Step 1: Use it\n**Files:** `src/lib/token.ts`, `prisma/schema.prisma`\n\n- ASSUMPTION: the token rotates.\n";

        // When the brief is composed with a 60-token budget
        var brief = ImplementerBrief.Compose(plan, codebase, new BriefOptions { MaxContextTokens = 60 });

        // Then the token is redacted, the schema did not fit and the brief says so, and the assumption is listed for review
        Assert.DoesNotContain(Fixtures.PlantedToken, brief, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", brief, StringComparison.Ordinal);
        Assert.Contains("1 of the 2 files did not fit the context budget", brief, StringComparison.Ordinal);
        Assert.Contains("- ASSUMPTION: the token rotates.\n", brief, StringComparison.Ordinal);
        Assert.Contains("1. Step 1: Use it\n", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SamePlanTwice_IsByteIdentical()
    {
        // Given / When
        var codebase = new CodebaseLoader().Load(Fixtures.Inkwell);
        var first = ImplementerBrief.Compose(ScriptedSpecs.Plan(), codebase);
        var second = ImplementerBrief.Compose(ScriptedSpecs.Plan(), new CodebaseLoader().Load(Fixtures.Inkwell));

        // Then
        Assert.Equal(first, second);
    }
}
