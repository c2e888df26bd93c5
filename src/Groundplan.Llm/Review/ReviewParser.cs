using System.Text.Json;
using System.Text.RegularExpressions;
using Groundplan.Model.Plans;

namespace Groundplan.Llm.Review;

/// <summary>Reads the reviewers' answers: a Markdown checklist, or a JSON array of questions.</summary>
internal static partial class ReviewParser
{
    public static IReadOnlyList<(bool Ok, string Text)> Checklist(string reply) =>
        [.. reply.Split('\n').Select(l => CheckItem().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value is "x" or "X", m.Groups[2].Value.Trim()))
            .Where(i => i.Item2.Length > 0)];

    /// <summary>The questions, or null when the reply holds no JSON array of them.</summary>
    public static IReadOnlyList<ReviewQuestion>? Questions(string reply)
    {
        var start = reply.IndexOf('[', StringComparison.Ordinal);
        var end = reply.LastIndexOf(']');
        if (start < 0 || end < start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(reply[start..(end + 1)]);
            var questions = new List<ReviewQuestion>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("question", out var q) || q.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(q.GetString()))
                {
                    continue;
                }

                var blocking = item.TryGetProperty("blocking", out var b) && b.ValueKind == JsonValueKind.True;
                var why = item.TryGetProperty("why", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString()! : "";
                questions.Add(new ReviewQuestion(new OpenQuestion(q.GetString()!.Trim(), why.Trim()), blocking));
            }

            return questions;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*[-*]\s*\[([ xX])\]\s*(.*)$")]
    private static partial Regex CheckItem();
}
