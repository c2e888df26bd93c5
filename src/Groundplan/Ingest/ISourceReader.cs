namespace Groundplan.Ingest;

/// <summary>Reads one form of codebase (a directory, a git revision, a pack, a context document).</summary>
/// <remarks>Readers throw <see cref="GroundplanException"/> for bad input, naming the file and position; they never write anything.</remarks>
internal interface ISourceReader
{
    RawCodebase Read(string path, IngestOptions options, CancellationToken cancellationToken);
}
