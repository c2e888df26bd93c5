using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Writers;

/// <summary>What each operation does, in the plan's words: the business-logic steps and the goal line.</summary>
internal static class OperationText
{
    public static IReadOnlyList<string> Logic(Feature feature, string actor)
    {
        var subject = feature.Subject?.Name ?? "record";
        var target = feature.Targets.FirstOrDefault()?.Singular ?? "record";
        return feature.Operations[0] switch
        {
            Operation.Toggle => [
                $"Look up the `{subject}` for ({actor}, the `{target}`); if it exists delete it, otherwise create it, so repeated clicks toggle.",
                $"Reject a `{target}` id that does not exist or that the user cannot see with a not-found result, not an error page.",
                "Return the new state (on or off) so the UI can render it without another read."],
            Operation.Export => [
                $"Load only the `{subject}` rows the signed-in user may see, with the same filters as the list screen.",
                "Write a header row, then one row per record; quote fields that contain commas, quotes or new lines, and prefix cells starting with `=`, `+`, `-` or `@` with `'` (CSV injection).",
                "Send it with `Content-Type: text/csv; charset=utf-8` and `Content-Disposition: attachment; filename=\"<name>-<date>.csv\"`; stream it when the row count can be large."],
            Operation.RateLimit => [
                "Before checking the password, count the failed attempts for the identifier (email) and client IP in the last 15 minutes.",
                "At 5 or more, reject with the \"too many attempts\" result (HTTP 429 with `Retry-After` for APIs) without checking the password.",
                "Record each failed attempt; clear the identifier's attempts after a successful sign-in.",
                "Use the same response for unknown and known identifiers so the limit does not reveal which accounts exist."],
            Operation.Flag => [
                $"Set {string.Join(", ", feature.Fields.Select(f => $"`{Words.Camel(f.Name)}`"))} on the `{subject}`; make the reverse action clear it.",
                $"Hide flagged `{subject}` rows from the default lists; keep them reachable where the user manages them."],
            Operation.Filter => [
                "Accept the filter as a query parameter; validate it against the allowed values and ignore unknown ones.",
                "Apply it in the database query, not in memory, and keep pagination working with it."],
            Operation.Delete => [
                $"Delete the `{subject}` only when the signed-in user owns it or has the permission; return not-found otherwise.",
                "Delete or detach dependent rows in the same transaction."],
            Operation.Setting => [
                "Read the current value with a safe default when it was never set.",
                "Validate and save the new value; only users allowed to change settings may call it."],
            Operation.Create => [
                $"Create the `{subject}` from the validated input, owned by the signed-in user.",
                "Return the created record's id (or the validation errors)."],
            Operation.List => [
                $"Return the user's `{subject}` records newest first, paginated like the existing lists.",
                "Return an empty list (not an error) when there are none."],
            _ => [
                $"Update the `{subject}` from the validated input; only its owner or a user with the permission may do so.",
                "Return the updated record (or the validation errors)."],
        };
    }

    public static string Goal(Feature feature)
    {
        var target = feature.Targets.FirstOrDefault()?.Name ?? "records";
        return feature.Operations[0] switch
        {
            Operation.Toggle => $"A signed-in user can {feature.NameWords} `{target}` records and undo it, and sees which ones they have {feature.NameWords}ed.",
            Operation.Export => $"A signed-in user can download the `{target}` records they may see as a CSV file.",
            Operation.RateLimit => "Repeated failed sign-in attempts are slowed down and then refused for a while, without locking out the real user for good.",
            Operation.Flag => $"A user can {feature.Action} and undo it; flagged records leave the default lists.",
            Operation.Filter => $"A user can filter the `{target}` list and the filter survives reloads.",
            Operation.Delete => $"A user can delete a `{target}` they own, with a confirmation.",
            Operation.Setting => $"An authorised user can change the {feature.NameWords} and the app honours it.",
            Operation.Create => $"A user can {feature.Action}.",
            _ => $"A user can {feature.Action}.",
        };
    }
}
