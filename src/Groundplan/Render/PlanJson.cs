using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>
/// The JSON form of <see cref="ImplementationPlan"/> (docs/plan.schema.json): snake_case keys in the model's declaration
/// order, enums as snake_case strings, nulls written, source lines left out (they describe a Markdown file, not the plan).
/// </summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write(ImplementationPlan plan) => JsonSerializer.Serialize(plan, Options) + "\n";

    /// <exception cref="GroundplanException">The text is not JSON or not a plan; the message names the line and column.</exception>
    public static ImplementationPlan Read(string text, string? file)
    {
        try
        {
            return JsonSerializer.Deserialize<ImplementationPlan>(text, Options)
                ?? throw new GroundplanException("the JSON plan is null; expected an object", file ?? "<json>", 1, 1);
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are 0-based and point at a syntax error, or just past the token a type error is about;
            // the byte position equals the column on ASCII lines.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $" at {e.Path}";
            throw new GroundplanException($"not a valid JSON plan{where}: {FirstSentence(e.Message)}", file ?? "<json>", line, column, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(static info =>
        {
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].Name == "source_line")
                {
                    info.Properties.RemoveAt(i);
                }
            }
        });
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
