namespace Groundplan.Security;

/// <summary>How a file's key/value pairs are written, which decides what counts as a value.</summary>
internal enum FileFlavor
{
    /// <summary>No path or an unknown kind of file: quoted and bare values both count.</summary>
    Unknown,

    /// <summary>Source code, JSON, XML: only string literals are values; a bare word is an expression.</summary>
    Code,

    /// <summary>.env, YAML, INI, .properties, TOML, shell: bare values are literal text.</summary>
    Config,

    /// <summary>Package lock files: integrity hashes and resolved URLs only, so key/value rules stay off.</summary>
    Lock,
}
