namespace Groundplan.Recon.Detectors.Common;

/// <summary>Small path helpers over repo-relative, '/'-separated paths.</summary>
internal static class RepoPaths
{
    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string Directory(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;

    public static int Depth(string path) => path.AsSpan().Count('/');

    /// <summary>The first segment when the path is inside a directory, else null.</summary>
    public static string? TopDirectory(string path) => path.IndexOf('/') is var slash and > 0 ? path[..slash] : null;

    /// <summary>The extension after the last dot of the file name, lower case, without the dot; empty when none.</summary>
    public static string Extension(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[(dot + 1)..].ToLowerInvariant() : string.Empty;
    }
}
