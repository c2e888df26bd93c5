#!/usr/bin/env python3
"""Builds the lint defect corpus: each case is a clean plan with one seeded defect, labelled with the findings
(rule id + line) it must produce. Run from the repository root: python3 bench/lint/make_corpus.py

The clean plans live in tests/fixtures/lint/clean/<repo>/<format>.md; the cases go to
tests/fixtures/lint/corpus/<repo>/<case>.md with <case>.expected beside them ("GP201 18" per line).
A label names a marker: the finding's line is the first line of the mutated plan that contains it."""
import os, re, shutil

ROOT = os.getcwd()
CLEAN = os.path.join(ROOT, "tests/fixtures/lint/clean")
OUT = os.path.join(ROOT, "tests/fixtures/lint/corpus")

def sub(old, new, count=1):
    return ("sub", old, new, count)

def drop(marker):
    return ("drop", marker)

def drop_section(start, end):
    return ("drop_section", start, end)

def prepend(text):
    return ("prepend", text)

def append(text):
    return ("append", text)

def insert_after(marker, text):
    return ("insert_after", marker, text)

CASES = [
    # repo, base, case, edits, labels [(rule, marker)]
    ("inkwell", "checklist", "hallucinated-path", [sub("`requireUser()` from `src/lib/auth.ts`", "`requireUser()` from `src/lib/session-helpers.ts`")], [("GP201", "session-helpers.ts")]),
    ("inkwell", "checklist", "near-miss-path", [sub("src/components/SubmitButton.tsx", "src/components/SubmitButon.tsx")], [("GP201", "SubmitButon.tsx")]),
    ("inkwell", "checklist", "wrong-case-path", [sub("src/components/EmptyState.tsx", "src/components/emptyState.tsx")], [("GP201", "emptyState.tsx")]),
    ("inkwell", "checklist", "hallucinated-symbol", [sub("Call `requireUser()`", "Call `requireSignedIn()`")], [("GP202", "requireSignedIn")]),
    ("inkwell", "checklist", "symbol-wrong-file", [sub("`SubmitButton` from `src/components/SubmitButton.tsx`", "`SubmitButton` from `src/components/FormMessage.tsx`")], [("GP203", "`SubmitButton` from")]),
    ("inkwell", "checklist", "invented-script", [sub("npm run db:migrate", "npm run db:migrate-dev")], [("GP206", "db:migrate-dev")]),
    ("inkwell", "checklist", "invented-tool", [sub("Run `npm run typecheck`.", "Run `npx jest --coverage`.")], [("GP206", "npx jest")]),
    ("inkwell", "checklist", "missing-phase", [drop_section("#### Phase 3:", "#### Phase 4:")], [("GP103", "#### Phase 2:"), ("GP105", "#### Phase 4:")]),
    ("inkwell", "checklist", "missing-cache-invalidation", [drop("After the write, call `revalidateTag")], [("GP301", "Upsert or delete the bookmark row")]),
    ("inkwell", "checklist", "missing-authorization", [drop("Call `requireUser()`")], [("GP302", "**2.2. Create the bookmark server action**")]),
    ("inkwell", "checklist", "new-file-exists", [sub("Create a new file `src/lib/data/bookmarks.ts`", "Create a new file `src/lib/data/posts.ts`")], [("GP207", "Create a new file `src/lib/data/posts.ts`")]),
    ("inkwell", "checklist", "new-file-new-top-folder", [sub("Create a new file `src/lib/data/bookmarks.ts`", "Create a new file `server/bookmarks.ts`")], [("GP208", "server/bookmarks.ts")]),
    ("inkwell", "checklist", "new-file-wrong-case", [sub("Create a new component `src/components/BookmarkButton.tsx`", "Create a new component `src/components/bookmark-button.tsx`")], [("GP208", "bookmark-button.tsx")]),
    ("inkwell", "checklist", "missing-migration", [drop("Run `npm run db:migrate`"), drop("Run `npm run db:generate`")], [("GP304", "Open `prisma/schema.prisma`")]),
    ("inkwell", "checklist", "no-checkbox", [sub("    -   [ ] Run `npm run typecheck`.", "    -   Run `npm run typecheck`.")], [("GP104", "-   Run `npm run typecheck`")]),
    ("inkwell", "checklist", "bad-task-number", [sub("**2.3. Read", "**2.4. Read")], [("GP105", "**2.4. Read")]),
    ("inkwell", "checklist", "text-before", [prepend("Here is the implementation plan you asked for:\n\n")], [("GP110", "Here is the implementation plan")]),
    ("inkwell", "checklist", "text-after", [append("\nLet me know if you want me to adjust anything.\n")], [("GP110", "Let me know")]),
    ("inkwell", "checklist", "bad-assumption", [insert_after("**1.1. Add the Bookmark model**", "    -   [ ] Assumption - readers bookmark at most a few hundred posts, so `Bookmark` needs no pagination.")], [("GP107", "Assumption -")]),
    ("inkwell", "checklist", "missing-a11y", [drop("aria-pressed")], [("GP303", "#### Phase 3:")]),
    ("inkwell", "checklist", "missing-loading-state", [drop("Handle the loading state")], [("GP303", "#### Phase 3:")]),
    ("inkwell", "checklist", "vague-step", [insert_after("**2.2. Create the bookmark server action**", "    -   [ ] Implement the backend.")], [("GP307", "Implement the backend.")]),
    ("inkwell", "checklist", "testing-without-commands", [drop("Run `npm test`"), drop("Run `npm run test:e2e`")], [("GP305", "#### Phase 4:")]),
    ("go-service", "blueprint", "phase-without-validation", [sub("- Run `make migrate-up` against the development database.\n- Run `make sqlc` to regenerate `internal/store/notes.sql.go`.\n- Run `make test`.\n", "- Check the migration by hand.\n")], [("GP305", "## Phase 1:"), ("GP304", "000003_add_archived_at.up.sql")]),
    ("inkwell", "spec", "bad-slug", [sub("(post-reading-time)", "(Post_Reading_Time)")], [("GP109", "# Plan:")]),
    ("inkwell", "spec", "export-path-mismatch", [insert_after("## Summary", "\nFILE: ./EXPORT/plan_reading-time.md")], [("GP109", "FILE: ./EXPORT")]),
    ("inkwell", "spec", "hedging", [sub("- The estimate is computed on save and never at render time.", "- The estimate should be computed on save and might be cached.")], [("GP401", "should be computed"), ("GP401", "should be computed")]),
    ("inkwell", "spec", "as-discussed-above", [sub("- No change to the editor.", "- No change to the editor, as discussed above.")], [("GP402", "as discussed above")]),
    ("inkwell", "spec", "open-ended", [sub("- No per-reader reading progress.", "- No per-reader reading progress, bookmarks, etc.")], [("GP403", "etc.")]),
    ("inkwell", "spec", "missing-rollout", [drop_section("## Rollout & Rollback", "## Plan Completeness Audit")], [("GP101", "## Verification Checklist")]),
    ("inkwell", "spec", "sections-out-of-order", [sub("## Goals", "## GOALS_TMP"), sub("## Non-Goals", "## Goals"), sub("## GOALS_TMP", "## Non-Goals")], [("GP102", "## Non-Goals")]),
    ("inkwell", "spec", "table-missing-column", [sub("| Path | Change | Why |", "| Path | Why |"), sub("| --- | --- | --- |", "| --- | --- |")], [("GP106", "| Path | Why |")]),
    ("inkwell", "spec", "table-row-without-step", [insert_after("| `src/components/PostCard.tsx` | edit | Show the estimate. |", "| `src/lib/format.ts` | edit | Format the minutes. |")], [("GP209", "`src/lib/format.ts`")]),
    ("inkwell", "spec", "out-of-range-line", [sub("src/app/actions/posts.ts:25-32", "src/app/actions/posts.ts:125-132")], [("GP204", "posts.ts:125-132")]),
    ("inkwell", "spec", "line-ref-wrong-target", [sub("src/app/actions/posts.ts:25-32", "src/app/actions/posts.ts:34-40")], [("GP205", "posts.ts:34-40")]),
    ("inkwell", "spec", "two-questions", [sub("- None.", "- [NEEDS CONFIRMATION] Which words per minute do editors want? And should code blocks count?")], [("GP108", "[NEEDS CONFIRMATION]")]),
    ("inkwell", "spec", "empty-audit", [drop("- Every existing path in this plan"), drop("- Every command is a script"), drop("- Cache invalidation reuses")], [("GP308", "## Plan Completeness Audit")]),
    ("go-service", "blueprint", "hallucinated-path", [sub("`internal/notes/service.go`", "`internal/note/service.go`")], [("GP201", "internal/note/service.go")]),
    ("go-service", "blueprint", "invented-make-target", [sub("make sqlc", "make generate")], [("GP206", "make generate")]),
    ("go-service", "blueprint", "out-of-range-line", [sub("internal/notes/service.go:42-47", "internal/notes/service.go:42-57")], [("GP204", "service.go:42-57")]),
    ("go-service", "blueprint", "hallucinated-symbol", [sub("using the existing `RequireRole` middleware", "using the existing `RequireAdmin` middleware")], [("GP202", "RequireAdmin")]),
    ("go-service", "blueprint", "missing-overview", [sub("## Phase 2: Archive endpoint\n\n### Overview\nAuthors archive their own notes through the API.\n", "## Phase 2: Archive endpoint\n\n")], [("GP103", "## Phase 2:")]),
    ("go-service", "blueprint", "missing-cache-invalidation", [sub("- Call the `ArchiveNote` query, then call `Forget` on the cache, following `internal/notes/service.go:42-47`.", "- Call the `ArchiveNote` query to update the note row.")], [("GP301", "update the note row")]),
    ("go-service", "blueprint", "phase-numbering", [sub("## Phase 2: Archive endpoint", "## Phase 3: Archive endpoint")], [("GP105", "## Phase 3:")]),
    ("django-app", "checklist", "missing-migration", [drop("makemigrations"), drop("Run `make migrate`")], [("GP304", "Open `invoices/models.py`")]),
    ("django-app", "checklist", "invented-make-target", [sub("Run `make lint`", "Run `make check`")], [("GP206", "make check")]),
    ("django-app", "checklist", "test-file-naming", [insert_after("**4.1. Unit/Integration Tests (pytest)**", "    -   [ ] Create `tests/reminders_test.py` with `test_reminder_flag_defaults_to_false`.")], [("GP208", "tests/reminders_test.py")]),
    ("django-app", "checklist", "missing-authorization", [drop("Decorate it with `@permission_required`")], [("GP302", "**2.1. Add the reminder view**")]),
    ("rails-app", "checklist", "missing-authorization", [drop("In `app/policies/post_policy.rb`"), sub("add a `pin` action that calls `authorize @post` and saves", "add a `pin` action that saves")], [("GP302", "add a `pin` action")]),
    ("rails-app", "checklist", "hallucinated-path", [sub("app/views/posts/show.html.erb", "app/views/posts/_post.html.erb")], [("GP201", "_post.html.erb")]),
    ("rails-app", "checklist", "missing-cache-invalidation", [drop("After the update, call `Rails.cache.delete`")], [("GP301", "and saves the `pinned` column")]),
    ("rails-app", "checklist", "tests-not-named", [sub("    -   [ ] In `spec/requests/posts_spec.rb`, add examples that an admin can pin a post and an author gets a 403.", "    -   [ ] Add tests for pinning.")], [("GP306", "#### Phase 4:")]),
    # Guard: RSpec names its examples without parentheses; a fence of `it "..."` names the tests.
    ("rails-app", "checklist", "rspec-examples-named", [sub("    -   [ ] In `spec/requests/posts_spec.rb`, add examples that an admin can pin a post and an author gets a 403.", "    -   [ ] Add these request examples:\n\n```ruby\nit \"lets an admin pin a post\"\nit \"answers 403 to an author\"\n```\n")], []),
    ("inkwell", "spec", "missing-loading-state", [sub("the loading state through `src/app/loading.tsx`, the error state", "the error state")], [("GP303", "- Files: `src/lib/data/posts.ts`, `src/components/PostCard.tsx`")]),
]

def apply(text, edit):
    kind = edit[0]
    if kind == "sub":
        _, old, new, count = edit
        if old not in text:
            raise SystemExit(f"marker not found: {old!r}")
        return text.replace(old, new, count)
    if kind == "drop":
        lines = text.split("\n")
        hits = [i for i, l in enumerate(lines) if edit[1] in l]
        if not hits:
            raise SystemExit(f"marker not found: {edit[1]!r}")
        del lines[hits[0]]
        return "\n".join(lines)
    if kind == "drop_section":
        start = text.index(edit[1]); end = text.index(edit[2])
        return text[:start] + text[end:]
    if kind == "prepend":
        return edit[1] + text
    if kind == "append":
        return text.rstrip("\n") + "\n" + edit[1]
    if kind == "insert_after":
        lines = text.split("\n")
        i = next(i for i, l in enumerate(lines) if edit[1] in l)
        lines.insert(i + 1, edit[2])
        return "\n".join(lines)
    raise SystemExit(kind)

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for repo, base, case, edits, labels in CASES:
        text = open(os.path.join(CLEAN, repo, base + ".md"), encoding="utf-8").read()
        for edit in edits:
            text = apply(text, edit)
        lines = text.split("\n")
        expected = []
        for rule, marker in labels:
            line = next((i + 1 for i, l in enumerate(lines) if marker in l), None)
            if line is None:
                raise SystemExit(f"{repo}/{case}: label marker not found: {marker!r}")
            expected.append(f"{rule} {line}")
        folder = os.path.join(OUT, repo)
        os.makedirs(folder, exist_ok=True)
        name = f"{base}-{case}"
        with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(folder, name + ".expected"), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(expected)) + "\n")
    print(f"{len(CASES)} cases in {OUT}")

main()
