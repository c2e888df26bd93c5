namespace Groundplan.Cli.Commands;

/// <summary>What <c>groundplan lint</c> was asked to do, as parsed from its options.</summary>
internal sealed record LintRequest(string Plan, IngestSettings Ingest, string Format, bool Json, string? Sarif, string? Config);
