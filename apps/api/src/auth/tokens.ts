import { createHash, randomBytes } from "node:crypto";

/**
 * Opaque bearer tokens. The prefix tells a session from an API token (and makes leaked tokens easy
 * to recognize in logs and secret scanners); the rest is 256 random bits. Only SHA-256 is stored:
 * the randomness makes a slow hash unnecessary, and a database leak reveals no usable token.
 */
export const SESSION_PREFIX = "upw_s_";
export const API_TOKEN_PREFIX = "upw_t_";

export function newToken(prefix: string): { token: string; hash: Buffer } {
  const token = prefix + randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}
