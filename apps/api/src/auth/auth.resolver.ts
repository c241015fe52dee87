import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { isUuid } from "../common/uuid";
import { type Context, createLoaders } from "../context";
import { notFound } from "../errors";
import { ApiToken } from "./api-token.entity";
import { CreateApiTokenInput, CreatedApiToken, LoginInput, LoginPayload } from "./auth.inputs";
import type { LoginResult } from "./auth.service";
import { HR_ADMIN, PUBLIC } from "./rules";

@Resolver()
@Authorized()
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description: "Wrong email and wrong password get the same UNAUTHENTICATED answer.",
  })
  @Authorized(PUBLIC)
  async login(@Arg("input") input: LoginInput, @Ctx() context: Context): Promise<LoginResult> {
    const result = await context.services.auth.login(input.email, input.password, context.requestId);
    // The rest of this request (the payload's fields) acts as the person who just signed in.
    context.viewer = { kind: "session", employee: result.employee, sessionId: result.sessionId };
    context.loaders = createLoaders(context.dataSource, context.viewer);
    return result;
  }

  @Mutation(() => Boolean, { description: "Revokes the session of the token that sent this request." })
  async logout(@Ctx() { services, viewer, requestId }: Context): Promise<boolean> {
    await services.auth.logout(viewer!, requestId);
    return true;
  }

  @Query(() => [ApiToken], { description: "Integration tokens, newest first (HR admins)." })
  @Authorized(HR_ADMIN)
  apiTokens(@Ctx() { services, viewer }: Context) {
    return services.apiTokens.list(viewer!);
  }

  @Mutation(() => CreatedApiToken, { description: "The token is in the answer once and never again." })
  @Authorized(HR_ADMIN)
  createApiToken(@Arg("input") input: CreateApiTokenInput, @Ctx() { services, viewer, requestId }: Context) {
    return services.apiTokens.create(viewer!, input, requestId);
  }

  @Mutation(() => ApiToken)
  @Authorized(HR_ADMIN)
  revokeApiToken(@Arg("id", () => ID) id: string, @Ctx() { services, viewer, requestId }: Context) {
    if (!isUuid(id)) throw notFound("This API token");
    return services.apiTokens.revoke(viewer!, id, requestId);
  }
}
