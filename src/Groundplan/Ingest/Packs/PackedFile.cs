namespace Groundplan.Ingest.Packs;

/// <summary>One file block as a style reader found it: the path as written and the content as packed.</summary>
/// <param name="RawPath">The path exactly as the pack wrote it, not yet checked.</param>
/// <param name="Content">The content between the block's markers, unchanged (line numbers still on).</param>
/// <param name="Line">The 1-based line of the path in the pack.</param>
/// <param name="Column">The 1-based column of the path in the pack (a byte column for JSON).</param>
internal sealed record PackedFile(string RawPath, string Content, int Line, int Column);
