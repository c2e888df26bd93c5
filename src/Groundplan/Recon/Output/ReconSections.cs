using Groundplan.Model.Recon;

namespace Groundplan.Recon.Output;

/// <summary>How recon topics group into the sections of the "Current System Snapshot" people read.</summary>
internal static class ReconSections
{
    public static readonly IReadOnlyList<(string Title, string[] Topics)> All =
    [
        ("Stack", [ReconTopic.Language, ReconTopic.Framework, ReconTopic.Routing, ReconTopic.Workspace]),
        ("Structure", [ReconTopic.EntryPoint, ReconTopic.DirectoryRole]),
        ("Data layer", [ReconTopic.DataLayer, ReconTopic.SchemaFile, ReconTopic.Model, ReconTopic.Migrations, ReconTopic.MigrationCommand]),
        ("Caching", [ReconTopic.Cache, ReconTopic.CacheInvalidation]),
        ("Authentication and authorization", [ReconTopic.Authentication, ReconTopic.Authorization]),
        ("Libraries", [ReconTopic.Validation, ReconTopic.DataFetching, ReconTopic.State]),
        ("Frontend", [ReconTopic.Frontend, ReconTopic.Css, ReconTopic.ComponentLibrary, ReconTopic.Accessibility]),
        ("Tests", [ReconTopic.TestFramework, ReconTopic.TestLocation, ReconTopic.TestNaming, ReconTopic.TestFixture, ReconTopic.TestCommand]),
        ("Commands, lint and CI", [ReconTopic.Command, ReconTopic.Lint, ReconTopic.CiCommand]),
        ("Conventions", [ReconTopic.Naming]),
    ];
}
