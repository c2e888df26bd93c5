namespace Groundplan.Llm.Tests.Loopback;

/// <summary>A grounded spec-format plan for inkwell, for the review and question passes.</summary>
internal static class ScriptedSpecs
{
    public static string Plan(string requirementsExtra = "") => $"""
        # Plan: Post bookmarks (post-bookmarks)

        ## Summary

        Readers bookmark posts and find them on the dashboard.

        ## Goals

        - Toggle a bookmark on a post.

        ## Non-Goals

        - Sharing bookmarks.

        ## Requirements

        - A signed-in reader toggles a bookmark from `src/components/PostCard.tsx`.
        {requirementsExtra}
        ## Assumptions & Constraints

        - ASSUMPTION: bookmarks are private.

        ## Current System Snapshot

        - Server actions live in `src/app/actions/posts.ts`.

        ## Impacted Files & Directories

        | Path | Change | Why |
        | --- | --- | --- |
        | `prisma/schema.prisma` | edit | Bookmark model |

        ## Implementation Plan

        ### Step 1: Schema
        **Files:** `prisma/schema.prisma`
        **Changes:** add `Bookmark`. Run `npm run db:migrate`.
        **Notes:** unique on user and post.

        ## Data & Interface Contracts

        - `toggleBookmark(postId: string)`.

        ## Testing Plan

        - Run `npm test`.

        ## Verification Checklist

        - [ ] The toggle persists.

        ## Rollout & Rollback

        - Roll back by reverting the migration.

        ## Plan Completeness Audit

        - [x] placeholder from the model

        ## Open Questions

        None.
        """;
}
