namespace Groundplan.Parse;

/// <summary>The part of a plan a code span sits in, so rules know what a backticked name claims.</summary>
public enum CodeSpanRole
{
    /// <summary>Anywhere not listed below: summaries, goals, notes, questions.</summary>
    Prose,

    /// <summary>A heading, including a task title.</summary>
    Heading,

    /// <summary>An atomic step (checklist step, spec "Changes" item, blueprint "Changes" item).</summary>
    Step,

    /// <summary>A cell of the impacted-files table.</summary>
    ImpactedFile,

    /// <summary>A key discovery's <c>file:line</c> reference or text.</summary>
    KeyDiscovery,

    /// <summary>A file list: the spec's <c>**Files:**</c> or the blueprint's <c>**File**:</c>.</summary>
    FileList,

    /// <summary>A validation command (phase or plan level).</summary>
    Command,

    /// <summary>Function responsibilities, test objectives or test names: text about signatures.</summary>
    Signature,

    /// <summary>The current system snapshot and its evidence.</summary>
    Snapshot,

    /// <summary>Context for implementation: pointers to existing code.</summary>
    Context,
}
