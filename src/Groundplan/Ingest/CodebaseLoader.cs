using System.Text;
using Groundplan.Config;
using Groundplan.Ingest.ContextDocs;
using Groundplan.Ingest.FileSystem;
using Groundplan.Ingest.Git;
using Groundplan.Ingest.Packs;
using Groundplan.Model;
using Groundplan.Tokens;

namespace Groundplan.Ingest;

/// <summary>Reads a codebase from whatever a user points at: a directory, a git revision, a repomix pack or a context document.</summary>
public sealed class CodebaseLoader
{
    // Enough of a file's head to recognise a pack or a context document without reading all of it.
    private const int SniffChars = 64 * 1024;

    private readonly CodebaseBuilder _builder;

    /// <summary>Creates a loader that counts tokens with <paramref name="tokens"/> (o200k_base when null).</summary>
    public CodebaseLoader(ITokenCounter? tokens = null)
    {
        _builder = new CodebaseBuilder(tokens ?? DeferredO200kCounter.Instance);
    }

    /// <summary>Reads the codebase at <paramref name="path"/>.</summary>
    /// <exception cref="GroundplanException">The path does not exist, cannot be read, or holds bad input.</exception>
    public Codebase Load(string path, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new IngestOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new GroundplanException("invalid options: " + string.Join("; ", problems));
        }

        if (options.UseConfigFile && (System.IO.Directory.Exists(path) || File.Exists(path)) && GroundplanConfigFile.Find(path) is { } configFile)
        {
            var config = GroundplanConfigFile.Load(configFile);
            options = options.WithGlobs(config.Include, config.Ignore);
        }

        var raw = ChooseReader(path, options).Read(path, options, cancellationToken);
        if (raw.Origin.Kind is OriginKind.Pack or OriginKind.ContextDocument)
        {
            raw = SelectionFilter.Apply(raw, options);
        }

        return _builder.Build(raw.Origin, raw.Entries, raw.Notes, raw.ListedPaths, raw.Unknowns, raw.DeclaredStack, options.CountTokens);
    }

    private static ISourceReader ChooseReader(string path, IngestOptions options)
    {
        if (System.IO.Directory.Exists(path))
        {
            return options.Revision is null ? new DirectoryReader() : new GitRevisionReader();
        }

        if (!File.Exists(path))
        {
            throw new GroundplanException("no such file or directory", path);
        }

        if (options.Revision is not null)
        {
            throw new GroundplanException("--rev needs a git repository directory, not a file", path);
        }

        var head = ReadHead(path);
        if (PackStyleDetector.Detect(head) is not null)
        {
            return new PackReader();
        }

        if (ContextDocumentReader.LooksLikeContextDocument(head))
        {
            return new ContextDocumentReader();
        }

        throw new GroundplanException("not a directory, a repomix pack (xml, markdown, plain or json) or a codebase context document", path, 1, 1);
    }

    private static string ReadHead(string path)
    {
        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            var buffer = new char[SniffChars];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GroundplanException("cannot read the file: " + e.Message, path, inner: e);
        }
    }
}
