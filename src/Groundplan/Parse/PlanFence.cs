namespace Groundplan.Parse;

/// <summary>A fenced code block: its info string, its code, the 1-based lines of its opening and closing fences, its role.</summary>
/// <remarks><paramref name="EndLine"/> is the last line of the document when the fence is never closed.</remarks>
public sealed record PlanFence(string Info, string Code, int StartLine, int EndLine, FenceRole Role);
