namespace Groundplan.Lint.Markdown;

/// <summary>The three Markdown layouts of the seeds: the phased checklist, the exportable spec, the blueprint.</summary>
internal enum PlanLayout
{
    Checklist,
    Spec,
    Blueprint,
}
