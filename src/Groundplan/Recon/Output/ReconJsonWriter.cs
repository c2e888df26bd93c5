using System.Text.Encodings.Web;
using System.Text.Json;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Output;

/// <summary>Writes a recon report as JSON for programs; the schema is docs/recon.schema.json.</summary>
internal static class ReconJsonWriter
{
    public const string SchemaId = "groundplan.recon/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Codebase codebase, ReconReport report, Stream output, bool withIndex)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("schema", SchemaId);
        json.WriteStartObject("source");
        json.WriteString("path", codebase.Origin.Source);
        json.WriteString("kind", codebase.Origin.Kind.ToString().ToLowerInvariant());
        json.WriteString("variant", codebase.Origin.Variant);
        json.WriteNumber("files", codebase.Files.Count);
        json.WriteEndObject();

        json.WriteStartArray("facts");
        foreach (var fact in report.Facts)
        {
            json.WriteStartObject();
            json.WriteString("topic", fact.Topic);
            json.WriteString("name", fact.Name);
            json.WriteString("value", fact.Value);
            json.WriteString("status", StatusName(fact.Status));
            json.WriteString("detector", fact.Detector);
            json.WriteStartArray("evidence");
            foreach (var e in fact.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("path", e.Path);
                json.WriteNumber("line", e.Line);
                json.WriteString("excerpt", e.Excerpt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unknownParts");
        foreach (var part in codebase.Unknowns)
        {
            json.WriteStartObject();
            json.WriteString("scope", part.Scope);
            json.WriteString("reason", part.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteModules(json, ModuleGraph.From(report.Imports));
        if (withIndex)
        {
            WriteIndex(json, report);
        }

        json.WriteStartArray("diagnostics");
        foreach (var line in report.Diagnostics)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteModules(Utf8JsonWriter json, ModuleGraph graph)
    {
        json.WriteStartObject("modules");
        json.WriteStartArray("nodes");
        foreach (var module in graph.Modules)
        {
            json.WriteStringValue(module);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var (from, to, imports) in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("from", from);
            json.WriteString("to", to);
            json.WriteNumber("imports", imports);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndex(Utf8JsonWriter json, ReconReport report)
    {
        json.WriteStartArray("symbols");
        foreach (var s in report.Symbols)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            json.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
            json.WriteString("path", s.Path);
            json.WriteNumber("startLine", s.StartLine);
            json.WriteNumber("endLine", s.EndLine);
            json.WriteString("container", s.Container);
            json.WriteBoolean("exported", s.Exported);
            json.WriteString("signature", s.Signature);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("imports");
        foreach (var i in report.Imports)
        {
            json.WriteStartObject();
            json.WriteString("from", i.FromPath);
            json.WriteString("specifier", i.Specifier);
            json.WriteNumber("line", i.Line);
            json.WriteStartArray("to");
            foreach (var to in i.ToPaths)
            {
                json.WriteStringValue(to);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Found => "found",
        FactStatus.FrameworkDefault => "framework-default",
        _ => "unknown",
    };
}
