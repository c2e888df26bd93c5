namespace Groundplan.Packing;

/// <summary>One file block of a pack.</summary>
internal sealed record PackedFile(string Path, string Content, string Language);
