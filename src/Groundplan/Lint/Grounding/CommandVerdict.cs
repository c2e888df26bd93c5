namespace Groundplan.Lint.Grounding;

/// <summary>Whether a command exists in the repository; when not, why, and the closest one that does.</summary>
internal sealed record CommandVerdict(bool Exists, string Problem = "", string? Suggestion = null)
{
    public static readonly CommandVerdict Ok = new(true);
}
