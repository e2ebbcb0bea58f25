/**
 * Field resolvers take graphql-js's own arguments, `(parent, args: NoArgs, { ctx }: GraphqlContext)`,
 * with no parameter decorators: Nest then calls the method directly instead of wrapping every call in
 * its pipes, interceptor chain and parameter extraction (the global ValidationPipe would otherwise copy
 * and validate the parent object once per field of every row). Guards never run on fields here (no
 * `fieldResolverEnhancers`), so the behaviour is the same. Fields with arguments keep `@Args()` and the
 * decorated form, so their arguments are still validated.
 */
export type NoArgs = Record<string, never>;
