// Structured JSON logs. Secrets never reach them: the redact list covers the places
// where request data, cookies and credentials could appear.
import pino from "pino";

const holder = globalThis as unknown as { __quorumLogger?: pino.Logger };

/** Options shared by the app logger and the test of what it writes. */
export const loggerOptions: pino.LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "quorum" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "headers.cookie",
      "*.headers.cookie",
      "headers.authorization",
      "*.headers.authorization",
      "secret",
      "*.secret",
    ],
    censor: "[redacted]",
  },
};

export const logger: pino.Logger = holder.__quorumLogger ?? (holder.__quorumLogger = pino(loggerOptions));
