using Groundplan.Ingest;
using Groundplan.Ingest.FileSystem;
using Microsoft.Win32.SafeHandles;

namespace Groundplan.Tests.Ingest.FileSystem;

/// <summary>Shortcuts for the directory reader tests.</summary>
internal static class DirectoryReads
{
    public static RawCodebase Read(string root, IngestOptions? options = null, Func<string, SafeFileHandle>? open = null) =>
        new DirectoryReader(open).Read(root, options ?? new IngestOptions(), CancellationToken.None);

    /// <summary>The paths that were read, sorted.</summary>
    public static string[] Paths(RawCodebase raw) => raw.Entries.Select(e => e.Path).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The text read for <paramref name="path"/>.</summary>
    public static string Text(RawCodebase raw, string path) => raw.Entries.Single(e => e.Path == path).Text;

    /// <summary>Writes every file of <paramref name="files"/> (path, content) under <paramref name="folder"/>.</summary>
    public static void WriteAll(this TempDirectory folder, params (string Path, string Text)[] files)
    {
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
        }
    }
}
