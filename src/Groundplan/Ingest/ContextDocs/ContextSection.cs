namespace Groundplan.Ingest.ContextDocs;

/// <summary>The part of a context document the reader is in, as seed 001's input format names them.</summary>
internal enum ContextSection
{
    None,

    /// <summary>A labelled part the reader has no use for (the user story, the request, notes).</summary>
    Other,

    Stack,

    Structure,

    Snippets,
}
