import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import { buildContext, type Context, createServices, requestIdOf } from "./context";
import { env } from "./env";
import { formatError, isUnexpectedError } from "./errors";
import { logger } from "./logger";
import { getSchema } from "./schema";

/** Logs every operation once, and unexpected errors in full, with the request id. */
const requestLogging: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (isUnexpectedError(error))
            contextValue.log.error({ err: error.originalError, path: error.path }, "unexpected error");
        }
      },
      async willSendResponse({ operationName, errors }) {
        contextValue.log.info(
          { operationName, ms: Math.round(performance.now() - started), errors: errors?.length ?? 0 },
          "graphql",
        );
      },
    };
  },
};

export async function createApp(dataSource: DataSource) {
  const services = createServices(dataSource);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    // Refuses simple (form-like) requests that browsers send cross-site without a preflight.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Cache-control hints are never used (every answer depends on the viewer), and the default
    // plugin wraps every field resolution: disabling it halves the time of large queries such as
    // teamOverview for 50 people (measured in modules/team/team-statements.test.ts).
    plugins: [requestLogging, ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use((req: Request & { id?: string }, res, next) => {
    req.id = requestIdOf(req);
    res.setHeader("x-request-id", req.id);
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "ok" });
    } catch (error) {
      logger.warn({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: env().bodyLimit }),
    expressMiddleware(apollo, { context: async ({ req }) => buildContext(req, dataSource, services) }),
  );

  // Body-parser failures (malformed JSON, too large) answer in GraphQL's error shape, never HTML.
  app.use(
    (error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      const tooLarge = error.type === "entity.too.large";
      if (status === 500)
        logger.error({ err: error, requestId: (req as Request & { id?: string }).id }, "request failed");
      res.status(status).json({
        errors: [
          {
            message:
              status === 500
                ? "Something went wrong on our side. It has been logged."
                : tooLarge
                  ? "The request body is too large."
                  : "The request body is not valid JSON.",
            extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
          },
        ],
      });
    },
  );

  return { app, apollo };
}
