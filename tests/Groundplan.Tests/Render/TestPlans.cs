using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Render;

namespace Groundplan.Tests.Render;

/// <summary>Realistic plans the format tests render and read back: every part of the model is set in at least one.</summary>
internal static partial class TestPlans
{
    public static IReadOnlyList<(string Name, ImplementationPlan Plan)> All =>
    [
        ("bookmarks", Bookmarks()),
        ("go-endpoint", GoEndpoint()),
        ("rails-csv", RailsCsv()),
    ];

    /// <summary>Every test plan in every format, for theories.</summary>
    public static TheoryData<string, PlanFormat> InEveryFormat()
    {
        var data = new TheoryData<string, PlanFormat>();
        foreach (var (name, _) in All)
        {
            foreach (var format in Enum.GetValues<PlanFormat>())
            {
                data.Add(name, format);
            }
        }

        return data;
    }

    public static ImplementationPlan Named(string name) => All.Single(p => p.Name == name).Plan;

    public static ImplementationPlan Bookmarks() => new()
    {
        Title = "Bookmark posts",
        Slug = "bookmark-posts",
        Summary = "Let signed-in readers bookmark posts and list them on `/bookmarks`, so they can return to what they want to read later.",
        Request = "let users bookmark posts",
        UserStory = "As a reader I want to save posts so that I can read them later.",
        Goals = ["A signed-in user bookmarks and un-bookmarks a post from its page.", "`/bookmarks` lists the user's bookmarks, newest first."],
        NonGoals = ["Sharing bookmarks between users.", "Folders or tags for bookmarks."],
        Requirements =
        [
            new("Toggling a bookmark twice leaves no bookmark."),
            new("Only the owner reads or changes a bookmark."),
            new("The toggle answers within 200 ms at p95.", Functional: false),
            new("The toggle is a `<button>` with `aria-pressed`, reachable by keyboard.", Functional: false),
        ],
        Assumptions = ["Bookmarks need no soft delete; a removed bookmark is deleted."],
        Constraints = ["Server Actions live in `src/app/actions/`; follow `createPost` there.", "Validation uses Zod | no other library."],
        Snapshot =
        [
            new("Framework", "Next.js 15 (App Router)", [new Evidence("package.json", 12, "\"next\": \"15.0.3\"")]),
            new("Data layer", "Prisma 6 with PostgreSQL", [new Evidence("prisma/schema.prisma", 1), new Evidence("package.json", 20)]),
            new("Cache", "`revalidatePath` after writes", []),
        ],
        ImpactedFiles =
        [
            new("prisma/schema.prisma", ChangeType.Edit, "Add the `Bookmark` model and its relations."),
            new("src/app/actions/bookmarks.ts", ChangeType.New, "The `toggleBookmark` Server Action | auth + Zod."),
            new("src/components/BookmarkButton.tsx", ChangeType.New, "Client toggle with optimistic state."),
            new("src/app/bookmarks/page.tsx", ChangeType.New, "Lists the user's bookmarks."),
            new("src/lib/legacy-favorites.ts", ChangeType.Delete, "Dead code superseded by bookmarks."),
        ],
        Phases = BookmarkPhases(),
        Contracts =
        [
            new("schema", "Bookmark", "One row per (user, post); deleting either deletes the bookmark.", new CodeBlock("prisma", "model Bookmark {\n  id        String   @id @default(cuid())\n  userId    String\n  postId    String\n  createdAt DateTime @default(now())\n\n  @@unique([userId, postId])\n}")),
            new("request", "toggleBookmark", "Form data with the post id; answers `{ bookmarked: boolean }`."),
        ],
        Tests =
        [
            new PlanTest
            {
                Path = "src/app/actions/bookmarks.test.ts", IsNew = true, Kind = "unit", Framework = "Vitest",
                Names = ["toggleBookmark creates then removes a bookmark", "toggleBookmark rejects a signed-out user"],
                Objectives = ["The action is idempotent per toggle pair."], Scenarios = ["happy path", "signed out", "unknown post"],
                Pattern = "src/app/actions/posts.test.ts:10-42",
            },
            new PlanTest { Path = "tests/e2e/bookmarks.spec.ts", IsNew = true, Kind = "e2e", Framework = "Playwright", Names = ["bookmarks a post and sees it listed"] },
        ],
        ValidationCommands = ["npm run lint", "npm test", "npx playwright test"],
        VerificationChecklist = ["Bookmarking a post shows it on `/bookmarks`.", "A second click removes it."],
        Rollout = ["Deploy the migration before the code."],
        Rollback = ["Revert the commit, then run `npx prisma migrate resolve --rolled-back add_bookmarks`."],
        KeyDiscoveries =
        [
            new("Server Actions check the session with `auth()` first", "src/app/actions/posts.ts", 8, 14),
            new("Writes call `revalidatePath`", "src/app/actions/posts.ts", 31, 31),
        ],
        CompletenessAudit = ["Every path exists or is marked new.", "Every write invalidates the cache."],
        OpenQuestions = [new("Is there a cap on bookmarks per user?", "No limit exists elsewhere in the schema."), new("Which page links to `/bookmarks`?")],
        CodeLanguage = "typescript",
    };
}
