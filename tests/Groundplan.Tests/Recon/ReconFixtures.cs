namespace Groundplan.Tests.Recon;

/// <summary>Every stack's recon fixture and the sample, named as the snapshots and messages name them.</summary>
internal static class ReconFixtures
{
    public static TheoryData<string> All() =>
    [
        "recon/nextjs-drizzle",
        "recon/express-typeorm",
        "recon/nestjs-prisma",
        "recon/rails-app",
        "recon/django-app",
        "recon/go-service",
        "recon/aspnet-app",
        "recon/polyglot",
        "samples/inkwell",
    ];

    /// <summary>The folder a fixture name stands for.</summary>
    public static string Root(string fixture) =>
        fixture.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(TestPaths.RepoRoot, fixture) : Path.Combine(TestPaths.Fixtures, fixture);
}
