namespace Groundplan.Security.Rules;

/// <summary>One way of recognising a secret, run only where one of its anchors occurs.</summary>
/// <remarks>Rules are stateless and shared between threads.</remarks>
internal interface ISecretRule
{
    /// <summary>The stable id findings carry.</summary>
    string Id { get; }

    /// <summary>The literals that start (or sit inside) every secret this rule finds.</summary>
    IReadOnlyList<SecretAnchor> Anchors { get; }

    /// <summary>Wins over rules with a larger number when two matches overlap; specific formats are 0, key-name guesses 1.</summary>
    int Priority { get; }

    /// <summary>Whether the rule runs on files of this flavor.</summary>
    bool AppliesTo(FileFlavor flavor);

    /// <summary>Looks for a secret at or around <paramref name="start"/>, where one of <see cref="Anchors"/> was found
    /// (its position less its <see cref="SecretAnchor.Offset"/>), and adds what it finds.</summary>
    void Match(string text, int start, FileFlavor flavor, ICollection<SecretMatch> found);
}
