namespace Groundplan.Packing;

/// <summary>One file block of a pack.</summary>
internal sealed record PackLayoutFile(string Path, string Content, string Language);
