namespace Groundplan.Model.Plans;

/// <summary>A test file to create or update, with the tests in it.</summary>
public sealed record PlanTest
{
    /// <summary>The test file (repo-relative).</summary>
    public required string Path { get; init; }

    /// <summary>Whether the file is created (true) or an existing one is updated.</summary>
    public bool IsNew { get; init; }

    /// <summary>"unit", "integration" or "e2e".</summary>
    public string Kind { get; init; } = "unit";

    /// <summary>The framework as recon found it, e.g. "Vitest".</summary>
    public string Framework { get; init; } = "";

    /// <summary>Test names or signatures, in the codebase's language and naming.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>What the tests validate.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>Key scenarios (happy path, denied, empty, invalid input...).</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>An existing test to follow, as file:line.</summary>
    public string? Pattern { get; init; }

    /// <summary>The 1-based line of the test's heading in the Markdown it was read from; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
