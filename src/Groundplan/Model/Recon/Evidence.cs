namespace Groundplan.Model.Recon;

/// <summary>Where a fact was seen: a repo-relative path and a 1-based line, with the line's text for people.</summary>
public sealed record Evidence(string Path, int Line, string Excerpt = "");
