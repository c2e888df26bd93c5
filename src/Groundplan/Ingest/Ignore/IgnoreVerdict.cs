namespace Groundplan.Ingest.Ignore;

/// <summary>What an ignore source says about a path.</summary>
internal enum IgnoreVerdict : byte
{
    /// <summary>No pattern matched; the next source decides.</summary>
    None,

    /// <summary>The last matching pattern excludes the path.</summary>
    Excluded,

    /// <summary>The last matching pattern is a '!' pattern: the path is kept.</summary>
    Included,
}
