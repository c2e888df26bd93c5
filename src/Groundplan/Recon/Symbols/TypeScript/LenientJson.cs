using System.Text.Json;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>Reads JSON the way tsconfig files are written: comments and trailing commas allowed; unreadable files give null.</summary>
internal static class LenientJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Recon says nothing about a config it cannot read rather than guess at it.
            return null;
        }
    }

    public static JsonElement? Property(this JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    public static string? String(this JsonElement? element) => element is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
}
