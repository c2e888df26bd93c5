using System.Text.Json;
using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve.Output;

/// <summary>Writes a ranking as JSON for programs: <c>ranked_files</c> and <c>new_files</c>, each with its reasons, keys in snake_case.</summary>
internal static class RetrievalJsonWriter
{
    public static void Write(RetrievalRequest request, RetrievalResult result, Stream stream, int? top = null)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schema", "groundplan.context/1");
        json.WriteString("request", request.Request);
        if (request.Story is not null)
        {
            json.WriteString("story", request.Story);
        }

        json.WriteStartArray("terms");
        foreach (var term in result.Terms)
        {
            json.WriteStringValue(term);
        }

        json.WriteEndArray();
        json.WriteBoolean("structural_only", result.StructuralOnly);
        if (result.Message is not null)
        {
            json.WriteString("message", result.Message);
        }

        json.WriteStartArray("ranked_files");
        foreach (var file in result.RankedFiles.Take(top ?? int.MaxValue))
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteNumber("score", file.Score);
            WriteReasons(json, file.Reasons);
            json.WriteStartArray("symbols");
            foreach (var symbol in file.Symbols)
            {
                json.WriteStartObject();
                json.WriteString("name", symbol.Name);
                json.WriteString("kind", symbol.Kind.ToString().ToLowerInvariant());
                json.WriteNumber("start_line", symbol.StartLine);
                json.WriteNumber("end_line", symbol.EndLine);
                json.WriteNumber("score", symbol.Score);
                json.WriteStartArray("terms");
                foreach (var term in symbol.Terms)
                {
                    json.WriteStringValue(term);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("new_files");
        foreach (var proposal in result.NewFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", proposal.Path);
            json.WriteString("part", proposal.Part);
            json.WriteBoolean("new", true);
            json.WriteStartArray("reasons");
            foreach (var reason in proposal.Reasons)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter json, IReadOnlyList<RankReason> reasons)
    {
        json.WriteStartArray("reasons");
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("signal", reason.Signal);
            json.WriteString("detail", reason.Detail);
            json.WriteNumber("contribution", reason.Contribution);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
