using System.Collections.Concurrent;
using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Plan;
using Groundplan.Recon;
using Groundplan.Retrieve;

namespace Groundplan.Tests.Plan;

/// <summary>The sample and recon fixtures, loaded and analysed once per test run, with the planning cases over them.</summary>
internal static class PlanFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<(Codebase Codebase, ReconReport Recon)>> Loaded = new(StringComparer.Ordinal);

    /// <summary>(fixture, request): two or three realistic requests per stack, in each fixture's own domain.</summary>
    public static readonly (string Fixture, string Request)[] Cases =
    [
        ("inkwell", "Let users bookmark posts"),
        ("inkwell", "Add CSV export of posts"),
        ("inkwell", "Rate-limit login attempts"),
        ("nextjs-drizzle", "Let users archive notes"),
        ("nextjs-drizzle", "Let users bookmark notes"),
        ("express-typeorm", "Rate-limit login attempts"),
        ("express-typeorm", "Let users bookmark books"),
        ("nestjs-prisma", "Let journalists bookmark articles"),
        ("nestjs-prisma", "Add CSV export of articles"),
        ("rails-app", "Let users bookmark posts"),
        ("rails-app", "Add CSV export of posts"),
        ("django-app", "Add CSV export of invoices"),
        ("django-app", "Let users archive invoices"),
        ("go-service", "Let users bookmark notes"),
        ("go-service", "Rate-limit login attempts"),
        ("aspnet-app", "Let users bookmark books"),
        ("aspnet-app", "Add CSV export of reviews"),
        ("polyglot", "Add CSV export of orders"),
        ("polyglot", "Let users filter orders by status"),
    ];

    public static string Root(string fixture) =>
        fixture == "inkwell" ? Path.Combine(TestPaths.Samples, "inkwell") : Path.Combine(TestPaths.Fixtures, "recon", fixture);

    public static (Codebase Codebase, ReconReport Recon) Load(string fixture) =>
        Loaded.GetOrAdd(fixture, f => new Lazy<(Codebase, ReconReport)>(() =>
        {
            var codebase = new CodebaseLoader().Load(Root(f));
            return (codebase, new ReconEngine().Run(codebase));
        })).Value;

    public static PlanningInput Input(string fixture, string request, string? story = null)
    {
        var (codebase, recon) = Load(fixture);
        var retrievalRequest = new RetrievalRequest(request, story);
        return new PlanningInput(codebase, recon, new Retriever().Rank(codebase, recon, retrievalRequest), retrievalRequest);
    }

    public static ImplementationPlan Plan(string fixture, string request) => new OfflinePlanEngine().Plan(Input(fixture, request));

    /// <summary>The offline plan for a codebase written in a test's own folder (not cached: each test writes its own).</summary>
    public static ImplementationPlan PlanAt(string root, string request)
    {
        var codebase = new CodebaseLoader().Load(root);
        var recon = new ReconEngine().Run(codebase);
        var retrievalRequest = new RetrievalRequest(request);
        return new OfflinePlanEngine().Plan(new PlanningInput(codebase, recon, new Retriever().Rank(codebase, recon, retrievalRequest), retrievalRequest));
    }

    /// <summary>"let-users-bookmark-posts" style names for snapshot files.</summary>
    public static string CaseName(string fixture, string request) => fixture + "--" + Groundplan.Render.PlanSlug.From(request);
}
