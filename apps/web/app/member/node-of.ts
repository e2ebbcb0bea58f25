/** The node when it is of the given type (the generated `node` union also holds an empty object for other types). */
export function nodeOf<N extends object, T extends string>(node: N | null | undefined, typename: T): Extract<N, { __typename: T }> | null {
  return node && '__typename' in node && node.__typename === typename ? (node as Extract<N, { __typename: T }>) : null;
}
