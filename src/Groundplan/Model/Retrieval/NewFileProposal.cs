namespace Groundplan.Model.Retrieval;

/// <summary>
/// A file the feature adds, placed by the repository's own conventions: <paramref name="Part"/> is what it holds
/// ("model", "migration", "page", "component", "action", "route", "service", "test"...), <paramref name="Reasons"/>
/// say which convention and which existing sibling put it there.
/// </summary>
public sealed record NewFileProposal(string Path, string Part, IReadOnlyList<string> Reasons);
