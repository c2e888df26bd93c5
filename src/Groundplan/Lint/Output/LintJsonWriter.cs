using System.Text.Json;
using Groundplan.Model.Lint;

namespace Groundplan.Lint.Output;

/// <summary>Writes a lint result as JSON for programs (schema id <c>groundplan.lint/1</c>).</summary>
internal static class LintJsonWriter
{
    public static void Write(LintResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schema", "groundplan.lint/1");
        json.WriteString("file", result.File);
        json.WriteString("format", result.Format);
        json.WriteStartObject("summary");
        json.WriteNumber("errors", result.Findings.Count(f => f.Severity == LintSeverity.Error));
        json.WriteNumber("warnings", result.Findings.Count(f => f.Severity == LintSeverity.Warning));
        json.WriteNumber("info", result.Findings.Count(f => f.Severity == LintSeverity.Info));
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteNumber("line", finding.Line);
            if (finding.Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            json.WriteString("text", finding.Text);
            json.WriteString("message", finding.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
