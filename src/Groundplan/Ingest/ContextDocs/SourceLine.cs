namespace Groundplan.Ingest.ContextDocs;

/// <summary>One line of the document without its line break, with its 1-based line number.</summary>
internal readonly record struct SourceLine(string Text, int Line);
