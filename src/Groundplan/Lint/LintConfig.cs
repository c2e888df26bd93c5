using System.Text.Json;
using System.Text;
using Groundplan.Model.Lint;

namespace Groundplan.Lint;

/// <summary>
/// Reads lint settings from <c>groundplan.json</c>: <c>{"lint": {"rules": {"GP201": "warning", "GP402": "off"}}}</c>.
/// Severities are <c>error</c>, <c>warning</c>, <c>info</c> or <c>off</c>; anything else is an error naming the file and position.
/// </summary>
public static class LintConfig
{
    /// <summary>The file name looked for in the repository root.</summary>
    public const string FileName = "groundplan.json";

    /// <summary>Parses <paramref name="json"/> (the content of <paramref name="file"/>) into options, checking rule ids against <paramref name="knownRules"/>.</summary>
    /// <exception cref="GroundplanException">The JSON is invalid, a value is not a severity, or a rule id is unknown.</exception>
    public static LintOptions Parse(string json, string file, IReadOnlyCollection<string> knownRules)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        var severities = new Dictionary<string, LintSeverity>(StringComparer.Ordinal);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                        path.Add(property ?? "");
                        property = null;
                        break;
                    case JsonTokenType.EndObject:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String when path is ["", "lint", "rules"] && property is not null:
                        Apply(property, reader.GetString()!, reader, bytes, file, knownRules, severities, disabled);
                        property = null;
                        break;
                    default:
                        if (path is ["", "lint", "rules"] && property is not null)
                        {
                            throw Error($"the value of \"{property}\" must be \"error\", \"warning\", \"info\" or \"off\"", file, bytes, reader.TokenStartIndex);
                        }

                        property = null;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new GroundplanException($"{file} is not valid JSON: {e.Message.Split(" LineNumber")[0]}", file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }

        return new LintOptions { Severities = severities, Disabled = disabled };
    }

    private static void Apply(string rule, string value, Utf8JsonReader reader, byte[] bytes, string file, IReadOnlyCollection<string> knownRules, Dictionary<string, LintSeverity> severities, HashSet<string> disabled)
    {
        if (!knownRules.Contains(rule))
        {
            throw Error($"no lint rule has the id \"{rule}\"", file, bytes, reader.TokenStartIndex);
        }

        switch (value.ToLowerInvariant())
        {
            case "off":
                disabled.Add(rule);
                break;
            case "error":
                severities[rule] = LintSeverity.Error;
                break;
            case "warning":
                severities[rule] = LintSeverity.Warning;
                break;
            case "info" or "note":
                severities[rule] = LintSeverity.Info;
                break;
            default:
                throw Error($"\"{value}\" is not a severity for {rule}; use \"error\", \"warning\", \"info\" or \"off\"", file, bytes, reader.TokenStartIndex);
        }
    }

    private static GroundplanException Error(string message, string file, byte[] bytes, long index)
    {
        var before = bytes.AsSpan(0, (int)index);
        var line = before.Count((byte)'\n') + 1;
        var column = (int)index - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new GroundplanException($"{file}:{line}:{column}: {message}", file, line, column);
    }
}
