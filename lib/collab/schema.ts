import { z } from "zod";

/** POST /api/collab/token */
export const collabTokenRequestSchema = z.object({
  documentId: z.string().trim().min(1).max(100),
});
export type CollabTokenRequest = z.infer<typeof collabTokenRequestSchema>;

export type CollabTokenResponse = { token: string; readOnly: boolean; expiresAt: string };
