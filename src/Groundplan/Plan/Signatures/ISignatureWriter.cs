using Groundplan.Model.Plans;

namespace Groundplan.Plan.Signatures;

/// <summary>Writes the feature's signatures in one language, with that language's naming.</summary>
internal interface ISignatureWriter
{
    /// <summary>The fenced-block language, e.g. "typescript".</summary>
    string Language { get; }

    /// <summary>A function or method name from words: "toggle bookmark" becomes toggleBookmark, ToggleBookmark or toggle_bookmark.</summary>
    string Function(string words);

    /// <summary>The backend operation's signature, with a doc comment saying what it does.</summary>
    CodeBlock Backend(SignatureInput input);

    /// <summary>The unit test signatures for the backend operation, one per scenario.</summary>
    CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios);
}
