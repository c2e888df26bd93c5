using Groundplan.Model.Recon;

namespace Groundplan.Plan.Conventions;

/// <summary>Where the feature's parts go: each an existing file to edit or a new file named after an existing sibling.</summary>
internal sealed record Layout
{
    /// <summary>The file the backend operation goes in (existing or new).</summary>
    public string? Backend { get; init; }

    /// <summary>The existing file the backend follows, and the symbol in it to copy the shape of.</summary>
    public string? BackendSibling { get; init; }

    public CodeSymbol? Pattern { get; init; }

    /// <summary>Files where routes or modules are registered (router, app, URLconf), when the new backend file must be wired in.</summary>
    public IReadOnlyList<string> Registrations { get; init; } = [];

    /// <summary>Model/schema files and what happens to each.</summary>
    public IReadOnlyList<(string Path, bool IsNew, string Why)> ModelFiles { get; init; } = [];

    /// <summary>The new UI component or partial, and the existing screen that hosts it.</summary>
    public string? Component { get; init; }

    public string? Host { get; init; }

    /// <summary>An existing component to follow.</summary>
    public CodeSymbol? UiPattern { get; init; }

    public string? UnitTest { get; init; }

    public string? E2eTest { get; init; }

    /// <summary>An existing test to follow, with its first test symbol or line.</summary>
    public (string Path, int Line)? TestPattern { get; init; }
}
