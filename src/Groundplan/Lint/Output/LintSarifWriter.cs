using System.Text.Json;
using Groundplan.Model.Lint;

namespace Groundplan.Lint.Output;

/// <summary>Writes a lint result as SARIF 2.1.0, so code-scanning viewers show findings on the plan's lines.</summary>
internal static class LintSarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(LintResult result, IReadOnlyList<LintRuleDescriptor> rules, string artifactUri, string toolVersion, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "groundplan");
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", "https://github.com/groundplan/groundplan");
        json.WriteStartArray("rules");
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules.Concat(result.Findings.Where(f => rules.All(r => r.Id != f.RuleId)).Select(f => new LintRuleDescriptor(f.RuleId, f.RuleId, "other", f.Severity, "")).DistinctBy(r => r.Id)))
        {
            ruleIndex[rule.Id] = ruleIndex.Count;
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description.Length == 0 ? rule.Id : rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("family", rule.Family);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteNumber("ruleIndex", ruleIndex[finding.RuleId]);
            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", artifactUri);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            if (finding.Column is { } column)
            {
                json.WriteNumber("startColumn", column);
                if (finding.Text.Length > 0)
                {
                    json.WriteNumber("endColumn", column + finding.Text.Length);
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "note",
    };
}
