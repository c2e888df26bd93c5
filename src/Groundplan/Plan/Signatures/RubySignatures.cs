using Groundplan.Model.Plans;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>Ruby: a controller with RESTful actions, RSpec <c>describe</c>/<c>it</c> examples.</summary>
internal sealed class RubySignatures : ISignatureWriter
{
    public string Language => "ruby";

    public string Function(string words) => Words.Snake(words);

    public CodeBlock Backend(SignatureInput input)
    {
        var controller = Words.Pascal(Words.Plural(input.Entity)) + "Controller";
        var actions = input.Writes ? "  # POST: creates; DELETE: destroys\n  def create; end\n\n  def destroy; end" : "  # GET\n  def index; end";
        var code = $"# {input.Purpose}\nclass {controller} < ApplicationController\n{actions}\nend";
        return new CodeBlock(Language, code);
    }

    public CodeBlock Tests(SignatureInput input, IReadOnlyList<string> scenarios)
    {
        var lines = new List<string> { $"RSpec.describe \"{Words.Pascal(Words.Plural(input.Entity))}\", type: :request do" };
        lines.AddRange(scenarios.Select(s => $"  it \"{s}\""));
        lines.Add("end");
        return new CodeBlock(Language, string.Join('\n', lines));
    }
}
