namespace Groundplan.Ingest.ContextDocs;

/// <summary>A path a heading or a label paragraph gives for the code block after it, with the label's line.</summary>
internal sealed record SnippetLabel(string Path, int Line);
