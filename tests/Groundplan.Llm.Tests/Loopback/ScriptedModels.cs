namespace Groundplan.Llm.Tests.Loopback;

/// <summary>Scripted "models" for the loopback server: each reads the request the way a model would and answers in character.</summary>
internal static class ScriptedModels
{
    public const string InventedPath = "src/lib/magic-helpers.ts";
    public const string InventedCommand = "npm run migrate-everything";

    /// <summary>A grounded checklist plan for inkwell: real paths, real commands, all four phases.</summary>
    public static string GoodChecklist(string extra = "") => $$"""
        ### Implementation Plan: Post bookmarks

        Readers bookmark posts so they can find them again from the dashboard.

        #### Phase 1: Data Layer & Schema
        -   [ ] **1.1. Add the Bookmark model**
            -   [ ] Open `prisma/schema.prisma`.
            -   [ ] Add a `Bookmark` model with `userId`, `postId` and a unique index on both.
            -   [ ] Run `npm run db:migrate`.

        #### Phase 2: Backend Logic
        -   [ ] **2.1. Bookmark server action**
            -   [ ] In `src/app/actions/posts.ts`, add `toggleBookmark(postId)`.
            -   [ ] Check the session with the helper in `src/lib/session.ts` before writing.
            -   [ ] After the write, revalidate the tags from `src/lib/cache-tags.ts`.

        #### Phase 3: Frontend Implementation
        -   [ ] **3.1. Bookmark button**
            -   [ ] Modify `src/components/PostCard.tsx` to show a bookmark toggle with `aria-pressed`.
        {{extra}}
        #### Phase 4: Testing and Validation
        -   [ ] **4.1. Unit tests (Vitest)**
            -   [ ] Create the new file `src/lib/bookmarks.test.ts` covering the toggle.
            -   [ ] Run `npm test`.
        """;

    /// <summary>The same plan with an invented helper file and an invented command.</summary>
    public static string InventingChecklist() => GoodChecklist($"""
            -   [ ] Import the bookmark icon from `{InventedPath}`.
            -   [ ] Run `{InventedCommand}`.

        """);

    /// <summary>A good model: grounded plan; clean reviews; no questions.</summary>
    public static ScriptedReply Good(RecordedRequest request) => Common(request) ?? new ScriptedReply.Text(GoodChecklist());

    /// <summary>Invents a path and a command in its draft, fixes them once told.</summary>
    public static ScriptedReply FixesWhenTold(RecordedRequest request) =>
        Common(request) ?? new ScriptedReply.Text(request.LastUserText.Contains("fails the project's checks", StringComparison.Ordinal) ? GoodChecklist() : InventingChecklist());

    /// <summary>Never fixes anything.</summary>
    public static ScriptedReply NeverFixes(RecordedRequest request) => Common(request) ?? new ScriptedReply.Text(InventingChecklist());

    private static ScriptedReply.Text? Common(RecordedRequest request) =>
        request.System.Contains("Review pass: implementer", StringComparison.Ordinal) ? new("- [x] Every step names its file.\n- [x] The migration command is the project's.\n")
        : request.System.Contains("Review pass: QA", StringComparison.Ordinal) ? new("- [x] Each requirement has a test.\n")
        : request.System.Contains("Review pass: clarifying questions", StringComparison.Ordinal) ? new("[]")
        : null;
}
