namespace Groundplan.Config;

/// <summary>
/// Defaults from a <c>groundplan.json</c> file, found upward from the repository. Command-line options win over it;
/// its include and ignore globs add to the command line's. The <c>lint</c> section is read by the linter.
/// </summary>
public sealed record GroundplanConfig
{
    /// <summary>The file the settings came from; null for the empty configuration.</summary>
    public string? Path { get; init; }

    /// <summary>The default plan format ("checklist", "spec", "blueprint", "json").</summary>
    public string? Format { get; init; }

    /// <summary>The default planning engine ("offline" or "llm").</summary>
    public string? Engine { get; init; }

    /// <summary>Globs of the only files to read.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs of files to leave out.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>The LLM provider ("openai" or "anthropic").</summary>
    public string? Provider { get; init; }

    /// <summary>The model name for the LLM engine.</summary>
    public string? Model { get; init; }

    /// <summary>The provider endpoint, for OpenAI-compatible local servers.</summary>
    public string? Endpoint { get; init; }

    /// <summary>The configuration used when no file is found.</summary>
    public static GroundplanConfig Empty { get; } = new();
}
