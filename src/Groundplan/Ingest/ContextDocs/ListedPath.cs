namespace Groundplan.Ingest.ContextDocs;

/// <summary>A path the document names as existing, before normalisation, with the line that names it.</summary>
internal readonly record struct ListedPath(string Raw, int Line);
