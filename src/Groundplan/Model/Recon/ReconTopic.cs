namespace Groundplan.Model.Recon;

/// <summary>The stable ids of what recon reports on; plans and lint refer to facts by these.</summary>
public static class ReconTopic
{
    /// <summary>A language used by the codebase (name: the language or tool; value: its share of the code, or its version).</summary>
    public const string Language = "language";

    /// <summary>A framework or major library and its version.</summary>
    public const string Framework = "framework";

    /// <summary>The routing style, e.g. Next.js App Router or Pages Router, Rails routes, ASP.NET minimal APIs.</summary>
    public const string Routing = "routing";

    /// <summary>A workspace of a monorepo and its role.</summary>
    public const string Workspace = "workspace";

    /// <summary>An entry point of the application.</summary>
    public const string EntryPoint = "entry-point";

    /// <summary>The role of a main directory (name: the directory, value: the role).</summary>
    public const string DirectoryRole = "directory-role";

    /// <summary>The ORM or database library.</summary>
    public const string DataLayer = "data-layer";

    /// <summary>A schema file.</summary>
    public const string SchemaFile = "schema-file";

    /// <summary>A model or table (name) with its fields and relations (value).</summary>
    public const string Model = "model";

    /// <summary>Where migrations live.</summary>
    public const string Migrations = "migrations";

    /// <summary>The command that creates or applies a migration.</summary>
    public const string MigrationCommand = "migration-command";

    /// <summary>A caching mechanism in use.</summary>
    public const string Cache = "cache";

    /// <summary>A cache invalidation function the code already calls.</summary>
    public const string CacheInvalidation = "cache-invalidation";

    /// <summary>How requests are authenticated.</summary>
    public const string Authentication = "authentication";

    /// <summary>How permission checks are written, with an example call site.</summary>
    public const string Authorization = "authorization";

    /// <summary>The validation library.</summary>
    public const string Validation = "validation";

    /// <summary>The data fetching library.</summary>
    public const string DataFetching = "data-fetching";

    /// <summary>The state management library.</summary>
    public const string State = "state";

    /// <summary>The templating or SPA framework.</summary>
    public const string Frontend = "frontend";

    /// <summary>The CSS framework.</summary>
    public const string Css = "css";

    /// <summary>The component library.</summary>
    public const string ComponentLibrary = "component-library";

    /// <summary>An accessibility helper in use.</summary>
    public const string Accessibility = "accessibility";

    /// <summary>A test framework (name: unit, integration or e2e).</summary>
    public const string TestFramework = "test-framework";

    /// <summary>Where tests live.</summary>
    public const string TestLocation = "test-location";

    /// <summary>The test file naming convention, with examples as evidence.</summary>
    public const string TestNaming = "test-naming";

    /// <summary>A shared test fixture or helper.</summary>
    public const string TestFixture = "test-fixture";

    /// <summary>A command that runs tests.</summary>
    public const string TestCommand = "test-command";

    /// <summary>A lint or format tool and its config.</summary>
    public const string Lint = "lint";

    /// <summary>A CI workflow (name) and a command it runs (value).</summary>
    public const string CiCommand = "ci-command";

    /// <summary>A command the repository documents (package.json script, Makefile or justfile target).</summary>
    public const string Command = "command";

    /// <summary>A naming convention (name: what it covers, value: the convention).</summary>
    public const string Naming = "naming";
}
