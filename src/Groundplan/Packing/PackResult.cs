using Groundplan.Model;
using Groundplan.Security;

namespace Groundplan.Packing;

/// <summary>What packing did: the codebase it read and the secrets it found.</summary>
/// <param name="Codebase">The codebase that was packed.</param>
/// <param name="Secrets">Secret findings, sorted by path, line and column; never the secrets themselves.</param>
/// <param name="Redacted">Whether the findings were replaced in the output.</param>
public sealed record PackResult(Codebase Codebase, IReadOnlyList<SecretFinding> Secrets, bool Redacted);
