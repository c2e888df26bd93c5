"use client";

import { useActionState } from "react";
import { addComment } from "@/app/actions/comments";
import { FormMessage } from "@/components/FormMessage";
import { SubmitButton } from "@/components/SubmitButton";
import { TextField } from "@/components/TextField";
import { initialActionState } from "@/lib/action-state";
import { COMMENT_MAX_LENGTH } from "@/lib/validation/comment";

export function CommentForm({ postId }: { postId: string }) {
  const addCommentToPost = addComment.bind(null, postId);
  const [state, formAction] = useActionState(addCommentToPost, initialActionState);

  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <TextField
        id="comment-body"
        name="body"
        label="Add a comment"
        rows={4}
        required
        maxLength={COMMENT_MAX_LENGTH}
        // Keep the draft after a failed submit; a successful one starts empty.
        defaultValue={state.status === "error" ? (state.values?.body ?? "") : ""}
        errors={state.fieldErrors?.body}
      />
      <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
    </form>
  );
}
