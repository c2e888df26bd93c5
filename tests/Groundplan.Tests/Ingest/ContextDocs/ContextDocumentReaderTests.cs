using System.Text;
using Groundplan.Ingest;
using Groundplan.Ingest.ContextDocs;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.ContextDocs;

/// <summary>The four fixture documents, each read into its full expected model.</summary>
public sealed partial class ContextDocumentReaderTests : IDisposable
{
    private static readonly UnknownPart FileContents = new("file contents", "a context document shows only snippets");
    private static readonly UnknownPart NoStack = new("tech stack", "the context document declares no tech stack");
    private static readonly UnknownPart NoStructure = new("directory structure", "the context document lists no directory structure");
    private static readonly UnknownPart NoSnippets = new("code snippets", "the context document quotes no code snippet with a file path");

    private readonly TempDirectory _temp = new();
    private int _documents;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_Seed001ShapedNextJsDocument_ReadsStackPathsAndSnippets()
    {
        // Given the context block exactly as seed 001 asks for it, between the user story and the request
        var path = Fixture("nextjs-prisma.md");

        // When
        var raw = Read(path);

        // Then
        Assert.Equal(new FileOrigin(OriginKind.ContextDocument, path), raw.Origin);
        Assert.Equal(
            ["Next.js 14 (App Router)", "TypeScript", "Prisma", "PostgreSQL", "Tailwind CSS", "Zod", "Playwright for E2E tests", "Jest for unit tests"],
            raw.DeclaredStack);
        Assert.Equal(
            [
                "prisma/", "prisma/schema.prisma", "src/app/actions/", "src/app/actions/projects.ts", "src/components/",
                "src/components/ProjectCard.tsx", "src/lib/", "tests/e2e/",
            ],
            raw.ListedPaths);
        AssertEntries(
            raw,
            ("prisma/schema.prisma", """
                model Project {
                  id          String   @id @default(cuid())
                  name        String
                  ownerId     String
                  owner       User     @relation(fields: [ownerId], references: [id])
                  createdAt   DateTime @default(now())
                  updatedAt   DateTime @updatedAt

                  @@index([ownerId])
                }

                """),
            ("src/app/actions/projects.ts", """
                'use server';

                import { revalidatePath } from 'next/cache';
                import { z } from 'zod';
                import { auth } from '@/lib/auth';
                import { db } from '@/lib/db';

                const RenameProject = z.object({ id: z.string().cuid(), name: z.string().min(1).max(80) });

                export async function renameProject(input: z.infer<typeof RenameProject>) {
                  const session = await auth();
                  if (!session) throw new Error('Unauthorized');
                  const { id, name } = RenameProject.parse(input);
                  await db.project.update({ where: { id, ownerId: session.user.id }, data: { name } });
                  revalidatePath('/dashboard');
                }

                """),
            ("src/components/ProjectCard.tsx", """
                import type { Project } from '@prisma/client';

                export function ProjectCard({ project }: { project: Project }) {
                  return (
                    <article className="rounded-lg border p-4 shadow-sm">
                      <h2 className="text-lg font-semibold">{project.name}</h2>
                    </article>
                  );
                }

                """));
        Assert.Equal([FileContents], raw.Unknowns);
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_RailsDocumentWithAsciiTree_ListsTreeAndReadsEverySnippetForm()
    {
        // Given headings, a ├── tree under the repository's own folder, and snippets named six different ways
        var path = Fixture("rails-tree.md");

        // When
        var raw = Read(path);

        // Then
        Assert.Equal(
            ["Ruby 3.3", "Ruby on Rails 7.1 (Hotwire: Turbo + Stimulus)", "PostgreSQL 16", "Sidekiq with Redis for background jobs", "RSpec, FactoryBot and Capybara for tests"],
            raw.DeclaredStack);
        Assert.Equal(
            [
                "Gemfile", "README.md", "app/", "app/controllers/", "app/controllers/application_controller.rb", "app/controllers/loans_controller.rb",
                "app/jobs/", "app/jobs/due_reminder_job.rb", "app/models/", "app/models/book.rb", "app/models/loan.rb", "app/models/member.rb",
                "app/views/", "app/views/loans/", "app/views/loans/_loan.html.erb", "app/views/loans/index.html.erb", "config/", "config/routes.rb",
                "config/sidekiq.yml", "db/", "db/schema.rb", "spec/", "spec/models/", "spec/system/",
            ],
            raw.ListedPaths);
        AssertEntries(
            raw,
            ("app/models/loan.rb", """
                class Loan < ApplicationRecord
                  belongs_to :book
                  belongs_to :member

                  scope :overdue, -> { where(returned_at: nil).where("due_on < ?", Date.current) }

                  def overdue?
                    returned_at.nil? && due_on < Date.current
                  end
                end

                """),
            ("app/controllers/loans_controller.rb", """
                class LoansController < ApplicationController
                  before_action :authenticate_member!

                  def create
                    @loan = current_member.loans.build(loan_params)
                    if @loan.save
                      redirect_to @loan.book, notice: "Enjoy the book!"
                    else
                      render :new, status: :unprocessable_entity
                    end
                  end
                end

                """),
            ("config/routes.rb", """
                Rails.application.routes.draw do
                  resources :books, only: %i[index show] do
                    resources :loans, only: %i[new create]
                  end
                end

                """),
            ("db/schema.rb", """
                create_table "loans", force: :cascade do |t|
                  t.bigint "book_id", null: false
                  t.bigint "member_id", null: false
                  t.date "due_on", null: false
                  t.datetime "returned_at"
                end

                """),
            ("app/views/loans/_loan.html.erb", """
                <%= turbo_frame_tag dom_id(loan) do %>
                  <p><%= loan.book.title %>, due <%= l(loan.due_on) %></p>
                <% end %>

                """),
            ("app/views/loans/index.html.erb", """
                <h1>My loans</h1>
                <%= render @loans %>

                """));
        Assert.Equal([FileContents], raw.Unknowns);
        Assert.Equal([SkippedNote(path, 115, "a ```bash code block")], raw.Notes);
    }

    [Fact]
    public void Read_StackLineOnly_ReadsStackAndMarksTheRestUnknown()
    {
        // Given a document that is one "**Tech Stack:** a, b, c" line
        var path = Fixture("minimal.md");

        // When
        var raw = Read(path);

        // Then
        Assert.Equal(["Django 5.0", "Python 3.12", "PostgreSQL", "Celery with Redis", "pytest"], raw.DeclaredStack);
        Assert.Empty(raw.ListedPaths);
        Assert.Empty(raw.Entries);
        Assert.Equal([FileContents, NoStructure, NoSnippets], raw.Unknowns);
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_TrickyDocumentWithWindowsLineEndings_HandlesNestedFencesRepeatsAndSpaces()
    {
        // Given CRLF line endings, a four-backtick fence around a three-backtick one, a snippet with no path,
        // one file quoted twice, a path with a space in inline code, nested list folders and `tree -F` output
        var path = Fixture("tricky.md");
        Assert.Contains("\r\n", File.ReadAllText(path), StringComparison.Ordinal);

        // When
        var raw = Read(path);

        // Then
        Assert.Equal(["Next.js 15 (App Router)", "Drizzle ORM, Postgres 16", "tRPC v11", "Vitest"], raw.DeclaredStack);
        Assert.Equal(
            [
                "docs/billing.md", "packages/", "packages/config/", "packages/config/eslint.js", "packages/ui/", "packages/ui/button.tsx",
                "packages/ui/index.ts", "src/", "src/app/(dashboard)/billing settings/page.tsx", "src/db/", "src/db/schema.ts", "src/server/",
                "src/server/routers/", "src/server/routers/billing.ts",
            ],
            raw.ListedPaths);
        AssertEntries(
            raw,
            ("docs/billing.md", """
                # Billing

                Run the migrations first:

                ```bash
                pnpm drizzle-kit migrate
                ```

                """),
            ("src/server/routers/billing.ts", """
                export const billingRouter = router({
                  invoices: protectedProcedure.query(({ ctx }) => listInvoices(ctx.user.id)),
                });

                export async function listInvoices(userId: string) {
                  return db.select().from(invoices).where(eq(invoices.userId, userId));
                }

                """),
            ("src/db/schema.ts", """
                export const invoices = pgTable('invoices', {
                  id: serial('id').primaryKey(),
                  userId: text('user_id').notNull(),
                });

                """));
        Assert.Equal([FileContents], raw.Unknowns);
        Assert.Equal([SkippedNote(path, 46, "a ```ts code block")], raw.Notes);
    }

    private static string Fixture(string name) => Path.Combine(TestPaths.Fixtures, "context-docs", name);

    private static RawCodebase Read(string path) => new ContextDocumentReader().Read(path, new IngestOptions(), CancellationToken.None);

    private static IngestNote SkippedNote(string document, int line, string what) => new(
        document,
        IngestNoteKind.Other,
        $"line {line}: skipped {what} that names no file (give its path in the fence, e.g. ```ts title=\"src/x.ts\", in a label just above it, or in a first-line comment)");

    private static void AssertEntries(RawCodebase raw, params (string Path, string Text)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Path), raw.Entries.Select(e => e.Path));
        for (var i = 0; i < expected.Length; i++)
        {
            var entry = raw.Entries[i];
            Assert.Equal(expected[i].Text.ReplaceLineEndings("\n"), entry.Text);
            Assert.Equal(Encoding.UTF8.GetByteCount(entry.Text), entry.Size);
            Assert.Equal(ContentCompleteness.Snippet, entry.Completeness);
        }
    }
}
