using System.Text.RegularExpressions;

namespace Groundplan.Security.Rules;

/// <summary>The armor lines of private key blocks: PEM (PKCS#1/#8, EC, DSA, encrypted), OpenSSH and PGP.</summary>
internal static partial class PrivateKeyPatterns
{
    [GeneratedRegex(@"\G-----BEGIN ?(?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TokenPatterns.TimeoutMs)]
    public static partial Regex Begin();
}
