namespace Groundplan.Ingest.FileSystem;

/// <summary>File extensions whose content is binary, so such files are skipped without being read.</summary>
/// <remarks>
/// The set covers the same formats as repomix's (the <c>binary-extensions</c> package), including a few names that
/// are text in some stacks (<c>.dot</c> Graphviz, <c>.pot</c> gettext, <c>.dts</c> device trees, <c>.key</c> PEM keys,
/// <c>.m3u</c>, <c>.sub</c>, <c>.dat</c>): keeping them out makes both tools pack the same files. Like Node's
/// <c>path.extname</c>, a name's extension is what follows its last dot, and a leading dot does not count.
/// </remarks>
internal static class BinaryExtensions
{
    private static readonly HashSet<string> Set = new(StringComparer.OrdinalIgnoreCase)
    {
        // Images.
        "bmp", "cur", "dds", "djvu", "gif", "icns", "ico", "ief", "jpeg", "jpg", "jpgv", "jpm", "jxr", "ktx", "mdi",
        "pbm", "pcx", "pgm", "pic", "png", "pnm", "ppm", "psd", "ras", "rgb", "sgi", "tga", "tif", "tiff", "wbmp",
        "wdp", "webp", "xbm", "xif", "xpm", "xwd", "btif", "cgm", "cmx", "fbs", "fpx", "fst", "g3", "mmr", "npx",
        "rlc", "uvi", "cr2", "cr3", "dng", "nef", "raw", "3ds", "3dm", "stl", "dwg", "dxf", "ai", "sketch",
        "afdesign", "afphoto", "afpub", "graffle", "xmind", "fh",

        // Audio.
        "aac", "adp", "aif", "aiff", "ape", "au", "caf", "dra", "dts", "dtshd", "ecelp4800", "ecelp7470",
        "ecelp9600", "eol", "flac", "lvp", "m3u", "m4a", "mid", "midi", "mka", "mp3", "mp4a", "mpga", "oga", "ogg",
        "pya", "rip", "rmf", "s3m", "sil", "wav", "wax", "weba", "wma", "xm",

        // Video.
        "3g2", "3gp", "asf", "avi", "dvb", "f4v", "fli", "flv", "fvt", "h261", "h263", "h264", "m4v", "mj2", "mkv",
        "mng", "mov", "movie", "mp4", "mpeg", "mpg", "mxu", "ogv", "pyv", "qt", "rmvb", "smv", "uvh", "uvm", "uvp",
        "uvs", "uvu", "viv", "vob", "webm", "wm", "wmv", "wmx", "wrm", "wvx",

        // Archives and packages.
        "7z", "alz", "apk", "appimage", "ar", "arj", "bz2", "bzip2", "cab", "cpio", "deb", "dmg", "egg", "flatpak",
        "gz", "gzip", "img", "ipa", "iso", "jar", "lha", "lz", "lzh", "lzma", "lzo", "mar", "msi", "msp", "nupkg",
        "pea", "rar", "rpm", "rz", "s7z", "shar", "snap", "tar", "tbz", "tbz2", "tgz", "tlz", "txz", "udf", "war",
        "whl", "wim", "xpi", "xz", "z", "zip", "zipx",

        // Compiled code and native libraries.
        "a", "bin", "class", "dex", "dll", "dylib", "exe", "lib", "o", "pdb", "pyc", "pyo", "so", "wasm", "baml",
        "resources", "suo", "snk",

        // Documents.
        "doc", "docm", "docx", "dot", "dotm", "epub", "key", "mobi", "numbers", "odp", "ods", "odt", "ott", "pages",
        "pdf", "pot", "potm", "potx", "ppa", "ppam", "pps", "ppsm", "ppsx", "ppt", "pptm", "pptx", "rtf", "slk",
        "thmx", "xla", "xlam", "xls", "xlsb", "xlsm", "xlsx", "xlt", "xltm", "xltx", "mht",

        // Fonts.
        "eot", "otf", "ttc", "ttf", "woff", "woff2",

        // Data stores, certificates, disk images and other opaque blobs.
        "bak", "bh", "bk", "dat", "dcm", "dsk", "gh", "p12", "pfx", "scpt", "sqlite", "sqlite3", "sub", "swf", "fla", "DS_Store",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the extension of <paramref name="path"/> names a binary format.</summary>
    public static bool IsBinaryPath(ReadOnlySpan<char> path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && Lookup.Contains(name[(dot + 1)..]);
    }
}
