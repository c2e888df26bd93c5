namespace Groundplan.Retrieve.Signals;

/// <summary>The parts of a file the lexical scorer weighs differently.</summary>
internal enum FileField
{
    /// <summary>The file name without folders.</summary>
    Name,

    /// <summary>The folders of the path.</summary>
    Directory,

    /// <summary>Names of the symbols recon found in the file.</summary>
    Symbol,

    /// <summary>The text.</summary>
    Content,
}
