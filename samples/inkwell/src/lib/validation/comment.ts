import { z } from "zod";

export const COMMENT_MAX_LENGTH = 2000;

export const commentSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Comment can't be empty")
    .max(COMMENT_MAX_LENGTH, `Comment must be at most ${COMMENT_MAX_LENGTH} characters`),
});

export type CommentInput = z.infer<typeof commentSchema>;
