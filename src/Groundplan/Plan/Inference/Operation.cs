namespace Groundplan.Plan.Inference;

/// <summary>What a request asks the code to do with its entities.</summary>
internal enum Operation
{
    Create,
    List,
    Update,
    Delete,
    Toggle,
    Flag,
    Export,
    Filter,
    RateLimit,
    Notify,
    Setting,
}
