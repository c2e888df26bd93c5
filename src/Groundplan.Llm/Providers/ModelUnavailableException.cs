namespace Groundplan.Llm.Providers;

/// <summary>The model could not be reached or did not finish: a timeout, retries used up, a broken connection or a cut stream.</summary>
/// <remarks>Kept apart from <see cref="GroundplanException"/> (which it wraps in its message style) so the engine can retry a whole cut stream once more.</remarks>
public sealed class ModelUnavailableException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public ModelUnavailableException(string message, Exception? inner = null, bool canRetry = false)
        : base(message, inner)
    {
        CanRetry = canRetry;
    }

    /// <summary>True when sending the same request again may succeed (a cut stream), false when the budget is spent (timeout, retries used up).</summary>
    public bool CanRetry { get; }
}
