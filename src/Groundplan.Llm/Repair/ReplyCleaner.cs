namespace Groundplan.Llm.Repair;

/// <summary>Takes the plan out of a model's reply: models wrap it in a code fence or add a sentence before it despite being told not to.</summary>
internal static class ReplyCleaner
{
    public static string Clean(string reply)
    {
        var text = reply.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

        // A reply that is one fenced block (```markdown ... ```) is unwrapped; fences inside a plan are left alone.
        if (text.StartsWith("```", StringComparison.Ordinal) && text.EndsWith("```", StringComparison.Ordinal))
        {
            var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            var lastFence = text.LastIndexOf("\n```", StringComparison.Ordinal);
            if (firstLineEnd > 0 && lastFence > firstLineEnd)
            {
                text = text[(firstLineEnd + 1)..lastFence].Trim();
            }
        }

        // Chatter before the first heading ("Here is the plan:") is dropped.
        var heading = text.StartsWith('#') ? 0 : text.IndexOf("\n#", StringComparison.Ordinal);
        if (heading > 0)
        {
            text = text[(heading + 1)..];
        }

        return text + "\n";
    }
}
