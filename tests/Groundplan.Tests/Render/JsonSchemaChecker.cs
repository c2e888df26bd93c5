using System.Text.Json;
using System.Text.RegularExpressions;

namespace Groundplan.Tests.Render;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema 2020-12 that docs/plan.schema.json uses: type, enum, required,
/// properties, additionalProperties false, items, anyOf, local $ref, pattern, maxLength, minimum. No schema package
/// restores here, and this subset is small.
/// </summary>
internal sealed class JsonSchemaChecker(JsonElement schema)
{
    private readonly List<string> _errors = [];

    public static List<string> Check(string schemaJson, string documentJson)
    {
        using var schema = JsonDocument.Parse(schemaJson);
        using var document = JsonDocument.Parse(documentJson);
        var checker = new JsonSchemaChecker(schema.RootElement);
        checker.Validate(schema.RootElement, document.RootElement, "$");
        return checker._errors;
    }

    private bool Validate(JsonElement rule, JsonElement value, string path)
    {
        var before = _errors.Count;
        if (rule.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            return Validate(schema.GetProperty("$defs").GetProperty(name), value, path);
        }

        if (rule.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(option => new JsonSchemaChecker(schema).Quiet(option, value, path)))
        {
            _errors.Add($"{path}: matches none of anyOf");
        }

        if (rule.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            _errors.Add($"{path}: expected {type}, found {value.ValueKind}");
            return false;
        }

        if (rule.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => a.ToString() == value.ToString()))
        {
            _errors.Add($"{path}: '{value}' is not one of {allowed}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            CheckString(rule, value.GetString()!, path);
        }

        if (value.ValueKind == JsonValueKind.Number && rule.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
        {
            _errors.Add($"{path}: below {minimum}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(rule, value, path);
        }

        if (value.ValueKind == JsonValueKind.Array && rule.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(items, item, $"{path}[{index++}]");
            }
        }

        return _errors.Count == before;
    }

    private bool Quiet(JsonElement rule, JsonElement value, string path) => Validate(rule, value, path);

    private void CheckString(JsonElement rule, string text, string path)
    {
        if (rule.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            _errors.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (rule.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
        {
            _errors.Add($"{path}: longer than {max}");
        }
    }

    private void CheckObject(JsonElement rule, JsonElement value, string path)
    {
        if (rule.TryGetProperty("required", out var required))
        {
            foreach (var key in required.EnumerateArray().Select(k => k.GetString()!).Where(k => !value.TryGetProperty(k, out _)))
            {
                _errors.Add($"{path}: missing required '{key}'");
            }
        }

        var properties = rule.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertyRule))
            {
                Validate(propertyRule, property.Value, $"{path}.{property.Name}");
            }
            else if (rule.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            {
                _errors.Add($"{path}: unexpected key '{property.Name}'");
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString()!, value)) : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };
}
