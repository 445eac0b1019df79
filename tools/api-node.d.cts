// Types for tools/api-node.cjs.
export const API_NODE_FLAGS: readonly string[];
