using System.Text.Json;

namespace Groundplan.Llm.Providers;

/// <summary>Finds the API key: the provider's usual environment variable first, then the config file.</summary>
/// <remarks>
/// Keys never come from command-line arguments, which end up in shell history and process listings. The config file is
/// JSON, <c>{"openai": {"apiKey": "..."}, "anthropic": {"apiKey": "..."}}</c>, at <c>$GROUNDPLAN_CONFIG</c> or
/// <c>~/.config/groundplan/llm.json</c>.
/// </remarks>
public sealed class ApiKeyResolver
{
    private readonly Func<string, string?> _environment;

    /// <summary>A resolver over the process environment.</summary>
    public ApiKeyResolver()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>A resolver over the given environment lookup (tests pass a dictionary).</summary>
    public ApiKeyResolver(Func<string, string?> environment) => _environment = environment;

    /// <summary>The environment variable a provider's key is read from.</summary>
    public static string VariableFor(LlmProvider provider) => provider == LlmProvider.Anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";

    /// <summary>The key for <paramref name="provider"/>, or a <see cref="GroundplanException"/> saying where it was looked for.</summary>
    public string Resolve(LlmProvider provider)
    {
        var variable = VariableFor(provider);
        var fromEnvironment = _environment(variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment.Trim();
        }

        var config = ConfigPath();
        var fromFile = config is null ? null : ReadKey(config, provider);
        if (!string.IsNullOrWhiteSpace(fromFile))
        {
            return fromFile.Trim();
        }

        var local = provider == LlmProvider.OpenAi ? " (local OpenAI-compatible servers accept any value, e.g. OPENAI_API_KEY=local)" : "";
        throw new GroundplanException($"no API key: set {variable} or add \"{Section(provider)}\": {{\"apiKey\": \"...\"}} to {config ?? "~/.config/groundplan/llm.json"}{local}");
    }

    private string? ConfigPath()
    {
        var explicitPath = _environment("GROUNDPLAN_CONFIG");
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        var home = _environment("HOME") ?? _environment("USERPROFILE");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config", "groundplan", "llm.json");
    }

    private static string Section(LlmProvider provider) => provider == LlmProvider.Anthropic ? "anthropic" : "openai";

    private static string? ReadKey(string path, LlmProvider provider)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(Section(provider), out var section)
                && section.ValueKind == JsonValueKind.Object
                && section.TryGetProperty("apiKey", out var key)
                && key.ValueKind == JsonValueKind.String
                ? key.GetString()
                : null;
        }
        catch (JsonException e)
        {
            throw new GroundplanException("the config file is not valid JSON: " + e.Message, path, (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1);
        }
    }
}
