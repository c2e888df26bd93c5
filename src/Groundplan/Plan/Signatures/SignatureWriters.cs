namespace Groundplan.Plan.Signatures;

/// <summary>Picks the signature writer for a codebase's main language.</summary>
internal static class SignatureWriters
{
    public static ISignatureWriter For(string language) => language switch
    {
        "go" => new GoSignatures(),
        "csharp" => new CSharpSignatures(),
        "python" => new PythonSignatures(),
        "ruby" => new RubySignatures(),
        _ => new TypeScriptSignatures(),
    };

    /// <summary>"creates a bookmark for the signed-in user" → words a test name is built from.</summary>
    public static string TestWords(string scenario) =>
        string.Join(' ', Inference.Words.Split(scenario).Where(w => w is not ("a" or "an" or "the")).Take(8));
}
