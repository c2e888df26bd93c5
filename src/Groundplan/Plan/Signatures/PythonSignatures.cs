using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>Python: snake_case view functions taking the request, pytest <c>test_*</c> functions.</summary>
internal sealed class PythonSignatures : ISignatureWriter
{
    public string Language => "python";

    public string Function(string words) => Words.Snake(words);

    public CodeBlock Backend(SignatureInput input)
    {
        var id = input.TargetEntity is null ? "" : ", pk: int";
        var code = $"def {Function(input.Action)}(request: HttpRequest{id}) -> HttpResponse:\n    \"\"\"{input.Purpose}\"\"\"";
        return new CodeBlock(Language, code);
    }

    public CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios) =>
        new(Language, string.Join('\n', scenarios.Select(s => $"def test_{Function(input.Action)}_{Words.Snake(SignatureWriters.TestWords(s))}(client, django_user_model): ...")));
}
