using Groundplan.Model.Recon;

namespace Groundplan.Plan.Conventions;

/// <summary>The recon facts a plan is written from, picked once: the language, data layer, auth, cache, tests and commands.</summary>
internal sealed record StackProfile
{
    /// <summary>"typescript", "go", "csharp", "python", "ruby", or the main language recon reported.</summary>
    public required string Language { get; init; }

    public ReconFact? DataLayer { get; init; }

    public ReconFact? SchemaFile { get; init; }

    public ReconFact? MigrationCreate { get; init; }

    public ReconFact? MigrationApply { get; init; }

    public ReconFact? Migrations { get; init; }

    public IReadOnlyList<ReconFact> Caches { get; init; } = [];

    public ReconFact? CacheInvalidation { get; init; }

    public ReconFact? Authentication { get; init; }

    public ReconFact? Authorization { get; init; }

    public ReconFact? Validation { get; init; }

    public IReadOnlyList<ReconFact> Frontend { get; init; } = [];

    public ReconFact? UnitFramework { get; init; }

    public ReconFact? E2eFramework { get; init; }

    public ReconFact? IntegrationFramework { get; init; }

    public ReconFact? UnitNaming { get; init; }

    public ReconFact? E2eNaming { get; init; }

    public ReconFact? UnitLocation { get; init; }

    public IReadOnlyList<string> ValidationCommands { get; init; } = [];

    /// <summary>The one command that runs the tests (or, without one, the first validation command).</summary>
    public IReadOnlyList<string> TestCommand => PhaseCommands(ValidationCommands, c => c.Contains("test", StringComparison.Ordinal)).Take(1).ToList();

    /// <summary>Whether the validation commands came from CI (true) or from scripts and docs only.</summary>
    public bool CommandsFromCi { get; init; }

    /// <summary>Whether the client code already updates optimistically (useOptimistic, SWR mutate, React Query onMutate).</summary>
    public bool UsesOptimisticUpdates { get; init; }

    public bool HasUi => Frontend.Count > 0;

    public string FileNaming { get; init; } = "";

    /// <summary>The extension code files of <see cref="Language"/> use, with the dot.</summary>
    public string Extension => Language switch
    {
        "go" => ".go",
        "csharp" => ".cs",
        "python" => ".py",
        "ruby" => ".rb",
        _ => ".ts",
    };

    /// <summary>The fenced-block language for the data layer's schema snippets.</summary>
    public string SchemaLanguage => DataLayer?.Name switch
    {
        "prisma" => "prisma",
        "sqlc" or "pgx" or null when Language == "go" => "sql",
        _ => Language,
    };

    /// <summary>A fact's value without its trailing parenthesis: "npm test (vitest run)" becomes "npm test".</summary>
    public static string Command(ReconFact fact)
    {
        var value = fact.Value;
        var paren = value.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? value[..paren] : value;
    }

    /// <summary>"`path:line`" of a fact's first evidence, or "" when it has none.</summary>
    public static string Cite(ReconFact? fact, int index = 0) =>
        fact is null || fact.Evidence.Count == 0 ? "" : $"`{fact.Evidence[Math.Min(index, fact.Evidence.Count - 1)].Path}:{fact.Evidence[Math.Min(index, fact.Evidence.Count - 1)].Line}`";

    /// <summary>
    /// The commands that prove one phase done: those <paramref name="fitting"/> it, or, when the repository has none
    /// of that kind, its first validation command, so every phase can be checked.
    /// </summary>
    public static IReadOnlyList<string> PhaseCommands(IReadOnlyList<string> commands, Func<string, bool> fitting)
    {
        var fit = commands.Where(fitting).ToList();
        return fit.Count > 0 ? fit : commands.Take(1).ToList();
    }
}
