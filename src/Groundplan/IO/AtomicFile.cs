namespace Groundplan.IO;

/// <summary>Writes a file so that readers see either the old file or the whole new one, never a partial one.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through a temporary file in the same folder, then renames it into place.</summary>
    /// <remarks>On any failure the temporary file is removed and <paramref name="path"/> is left as it was.</remarks>
    /// <exception cref="GroundplanException">The folder does not exist or cannot be written.</exception>
    public static void Write(string path, Action<Stream> write, bool overwrite = true)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new GroundplanException("the output folder does not exist", folder);
        }

        if (!overwrite && File.Exists(full))
        {
            throw new GroundplanException("the output file exists (use --force to overwrite)", path);
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new GroundplanException("cannot write the output: " + e.Message, path, inner: e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
