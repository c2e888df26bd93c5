namespace Groundplan.Tokens;

/// <summary>Counts the tokens of a text.</summary>
/// <remarks>Implementations are thread-safe: the ingest counts files in parallel.</remarks>
public interface ITokenCounter
{
    /// <summary>The number of tokens in <paramref name="text"/>, with special-token markers counted as ordinary text.</summary>
    int CountTokens(ReadOnlySpan<char> text);
}
