import pino from "pino";
import { env } from "./env";

/** Structured JSON logs; each request gets a child logger carrying its request id (see app.ts). */
export const logger = pino({
  level: env().logLevel,
  base: { service: "upward-api" },
  redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
});

export type Logger = pino.Logger;
