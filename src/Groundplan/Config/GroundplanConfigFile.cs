using System.Text;
using System.Text.Json;

namespace Groundplan.Config;

/// <summary>Finds and reads <c>groundplan.json</c>. Bad content is an error naming the file, line and column; unknown keys are errors too, so a typo never silently does nothing.</summary>
public static class GroundplanConfigFile
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = "groundplan.json";

    private static readonly string[] Sections = ["lint"];

    /// <summary>
    /// The nearest <c>groundplan.json</c> at or above <paramref name="start"/> (a directory, or a file whose folder is
    /// used), not climbing past the top of the git repository that holds it; null when there is none.
    /// </summary>
    public static string? Find(string start)
    {
        ArgumentException.ThrowIfNullOrEmpty(start);
        var dir = new DirectoryInfo(System.IO.Directory.Exists(start) ? start : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(start)) ?? start);
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (System.IO.Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The configuration for a repository at <paramref name="start"/>: the nearest file's, or <see cref="GroundplanConfig.Empty"/>.</summary>
    public static GroundplanConfig For(string start) => Find(start) is { } path ? Load(path) : GroundplanConfig.Empty;

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="GroundplanException">The file cannot be read, is not JSON, or has an unknown key or a value of the wrong type.</exception>
    public static GroundplanConfig Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GroundplanException($"cannot read the configuration: {e.Message}", path, inner: e);
        }

        return Parse(bytes, path);
    }

    internal static GroundplanConfig Parse(byte[] bytes, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new GroundplanException($"not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}", path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new GroundplanException("the configuration must be a JSON object", path, 1, 1);
            }

            var config = new GroundplanConfig { Path = path };
            foreach (var property in document.RootElement.EnumerateObject())
            {
                config = property.Name switch
                {
                    "format" => config with { Format = Text(property, bytes, path) },
                    "engine" => config with { Engine = Text(property, bytes, path) },
                    "include" => config with { Include = Globs(property, bytes, path) },
                    "ignore" => config with { Ignore = Globs(property, bytes, path) },
                    "llm" => Llm(config, property, bytes, path),
                    _ when Sections.Contains(property.Name) => config,
                    _ => throw Error($"unknown key \"{property.Name}\" (known: format, engine, include, ignore, llm, lint)", property, bytes, path),
                };
            }

            return config;
        }
    }

    private static GroundplanConfig Llm(GroundplanConfig config, JsonProperty section, byte[] bytes, string path)
    {
        if (section.Value.ValueKind != JsonValueKind.Object)
        {
            throw Error("\"llm\" must be an object with provider, model and endpoint", section, bytes, path);
        }

        foreach (var property in section.Value.EnumerateObject())
        {
            config = property.Name switch
            {
                "provider" => config with { Provider = Text(property, bytes, path) },
                "model" => config with { Model = Text(property, bytes, path) },
                "endpoint" => config with { Endpoint = Text(property, bytes, path) },
                _ => throw Error($"unknown key \"llm.{property.Name}\" (known: provider, model, endpoint; API keys come from the environment)", property, bytes, path),
            };
        }

        return config;
    }

    private static string Text(JsonProperty property, byte[] bytes, string path) =>
        property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text
            ? text
            : throw Error($"\"{property.Name}\" must be a non-empty string", property, bytes, path);

    private static string[] Globs(JsonProperty property, byte[] bytes, string path) =>
        property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? property.Value.EnumerateArray().Select(e => e.GetString()!).Where(g => g.Length > 0).ToArray()
            : throw Error($"\"{property.Name}\" must be an array of glob strings", property, bytes, path);

    private static GroundplanException Error(string message, JsonProperty property, byte[] bytes, string path)
    {
        // JsonElement has no position; find the key's text to report where it is.
        var offset = FindKey(bytes, property.Name);
        var (line, column) = Position(bytes, offset);
        return new GroundplanException(message, path, line, column);
    }

    private static int FindKey(byte[] bytes, string name)
    {
        var needle = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(name));
        var index = bytes.AsSpan().IndexOf(needle);
        return Math.Max(index, 0);
    }

    private static (int Line, int Column) Position(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, Encoding.UTF8.GetCharCount(before[(lastNewline + 1)..]) + 1);
    }
}
