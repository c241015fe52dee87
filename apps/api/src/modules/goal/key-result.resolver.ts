import { Authorized, FieldResolver, Float, Resolver, Root } from "type-graphql";
import { keyResultProgress } from "./goal.progress";
import { KeyResult } from "./key-result.entity";

@Resolver(() => KeyResult)
@Authorized()
export class KeyResultResolver {
  @FieldResolver(() => Float, { description: "0–1: clamp((current − start) / (target − start))." })
  progress(@Root() keyResult: KeyResult): number {
    return keyResultProgress(keyResult);
  }
}
