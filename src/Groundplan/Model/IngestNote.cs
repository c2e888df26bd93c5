namespace Groundplan.Model;

/// <summary>Something the reader skipped or read with a caveat.</summary>
/// <param name="Path">The repo-relative path concerned.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Message">A one-line explanation for people.</param>
public sealed record IngestNote(string Path, IngestNoteKind Kind, string Message);
